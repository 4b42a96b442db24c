/** ¶109: a copy of the report goes to the Child Safeguarding Practice Review Panel and to Foundations within 7 days of publication. */
import type { Range } from '../../types.js';
import { sectionTemplateFix } from '../../fixes/section-template.js';
import { defineRule } from '../rule.js';
import { sentenceAt } from '../shared/terms.js';
import { allUnits, anchorByPreference, blockSpan } from './evidence.js';
import { MONTH } from './patterns.js';

const PANEL = /\bChild Safeguarding Practice Review Panel\b|\bnational (?:child safeguarding practice )?review panel\b|\bnationalreviewpanel@|\bthe (?:national )?Panel\b/i;
/** Capitalised: "the foundations of good practice" is not the What Works Centre. */
const FOUNDATIONS = /\bFoundations\b|\bWhat Works Centre for Children\b|\bpolicy@foundations/;
const SENT = /\b(?:sent|send|sending|submit(?:ted|s)?|shared with|provided to|forwarded|copied|cop(?:y|ies)|emailed|given to|passed to)\b/i;
/** The yearly report itself, not a rapid review or a notification. */
const THE_REPORT = /\b(?:this|the|our) (?:yearly |annual )?report\b|\ba copy\b|\bcopies\b|\bit (?:was|is|will be|has been) sent\b/i;
const TIMING = new RegExp(String.raw`\bwithin (?:7|seven) (?:working |calendar )?days\b|\b\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?: 20\d\d)?\b|\bsame day\b|\bon publication\b|\bat the same time\b|\bwhen (?:it was|it is) published\b`, 'i');

interface Statement {
  range: Range;
  panel: boolean;
  foundations: boolean;
  timing: boolean;
}

export const submission = defineRule(
  {
    id: 'yearly-report/submission',
    level: 'consider',
    appliesTo: ['yearly-report'],
    paragraphs: ['109'],
    citation: 'WT2023 ¶109',
    title: 'Sent to the Child Safeguarding Practice Review Panel and Foundations within 7 days of publication',
    description:
      'Looks for a sentence saying the report (not a rapid review or a serious incident notification) was or will be sent to the Child Safeguarding Practice Review Panel (or its address nationalreviewpanel@education.gov.uk) and to Foundations, the What Works Centre for Children and Families, with when: within 7 days of publication, or a date. Each missing recipient, and a missing timing, is reported at that sentence; no such sentence is reported at the "About this report" or publication section, else the title.',
    example:
      'A copy of this report was sent to the Child Safeguarding Practice Review Panel and to Foundations on 29 September 2025, within 7 days of publication.',
    fixable: 'template',
    deep: true,
  },
  (ctx) => {
    const found: Statement[] = [];
    for (const u of allUnits(ctx.doc)) {
      if (!(PANEL.test(u.text) || FOUNDATIONS.test(u.text)) || !SENT.test(u.text) || !THE_REPORT.test(u.text)) continue;
      let range = u.range;
      if (u.block) {
        const at = u.text.search(PANEL) >= 0 ? u.text.search(PANEL) : u.text.search(FOUNDATIONS);
        const [s, e] = sentenceAt(u.text, at);
        range = blockSpan(ctx.doc, u.block, s, e);
      }
      found.push({ range, panel: PANEL.test(u.text), foundations: FOUNDATIONS.test(u.text), timing: TIMING.test(u.text) });
    }
    if (found.length) {
      const panel = found.some((f) => f.panel);
      const foundations = found.some((f) => f.foundations);
      const timing = found.some((f) => f.timing);
      const at = found[0]!.range;
      const gaps: string[] = [];
      if (!panel) gaps.push('sending the report to the Child Safeguarding Practice Review Panel (nationalreviewpanel@education.gov.uk)');
      if (!foundations) gaps.push('sending the report to Foundations, the What Works Centre for Children and Families (policy@foundations.org.uk)');
      if (!timing) gaps.push('when the report was sent: within 7 days of publication');
      if (!gaps.length) {
        ctx.cover('met', at);
        return;
      }
      ctx.cover('partial', at, gaps.join('; '));
      for (const g of gaps) ctx.report({ message: `Missing: ${g}`, range: at });
      return;
    }
    const anchor = anchorByPreference(ctx, [/\babout this report\b|\bpublication\b|\bpublishing\b|\bdistribution\b/i, /\bsign[- ]?off\b|\bapproval\b/i]);
    ctx.cover('missing', anchor.headingRange);
    ctx.report({
      message: 'Missing: sending the report to the Child Safeguarding Practice Review Panel and to Foundations within 7 days of publication',
      range: anchor.headingRange,
      fix: sectionTemplateFix(
        ctx.doc,
        anchor,
        'Publication',
        'This report was published on ${1:date}. A copy was sent to the Child Safeguarding Practice Review Panel (nationalreviewpanel@education.gov.uk) and to Foundations (policy@foundations.org.uk) on ${2:date}, within 7 days of publication.',
      ),
    });
  },
);
