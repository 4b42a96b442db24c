/** Metadata of the findings only a run over several documents can make. */
import type { RuleMeta } from '../types.js';

export const crossDocumentMeta: RuleMeta[] = [
  {
    id: 'cross-document/people-agree',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['104', '107'],
    citation: 'WT2023 ¶104, ¶107',
    title: 'The yearly report and the arrangements name the same people',
    description:
      'When the arrangements and the yearly report are linted together, the lead and delegated safeguarding partners, the partnership chair and the independent scrutineer each report names are compared with those the arrangements name, agency by agency. A different person in the same post is reported on the yearly report, naming both, so whichever document is out of date can be corrected. The yearly report is paired with the arrangements it links to, or with the only arrangements in the run.',
    example: '| Agency | Lead safeguarding partner |\n|---|---|\n| Westmere Council | Helen Marchbank, Chief Executive |',
  },
  {
    id: 'cross-document/arrangements-updated',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['107'],
    citation: 'WT2023 ¶107',
    title: 'Updates the yearly report describes are reflected in the arrangements’ date',
    description:
      'When the yearly report says the arrangements were updated in a month ("our arrangements were updated in June 2025"), the paired arrangements’ front matter `last_updated` (or `published`) date must not be earlier.',
    example: 'Our arrangements were updated in June 2025 to name the new partnership chair.',
  },
  {
    id: 'cross-document/broken-link',
    level: 'warning',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'safeguarding-lint',
    title: 'A relative link to a file that does not exist',
    description:
      'Relative links between the partnership’s documents must resolve to a file. Links to the threshold document from the arrangements, to the yearly report from the arrangements, and to the arrangements from the yearly report are reported under `arrangements/threshold-alignment`, `arrangements/sign-off` and `yearly-report/sign-off`; any other broken relative link is reported here. Web addresses and in-page anchors are not checked.',
    example: 'Read our [threshold document](threshold.md).',
  },
];
