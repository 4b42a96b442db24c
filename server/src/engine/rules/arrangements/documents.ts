/** Links between the partnership's documents: the threshold document (WT2023 ¶104) and sign-off with the yearly report (¶102). */
import { defineRule } from '../rule.js';
import { anchorFor, firstItemWith, itemsWith, reportMissing, topicSections } from './kit.js';
import { peopleOf } from './people-model.js';
import { chain, inGlossary, items, NOT_YET, plain, sentences } from './text.js';

const THRESHOLD_NAME =
  /\bthresholds?\b|\blevels? of need\b|\bcontinuum of need\b|\bright help,? right time\b|\bwindscreen\b|\bthreshold (?:document|guidance|framework|criteria)\b|\bneeds? (?:framework|matrix)\b|\bmeeting needs\b/i;
const THRESHOLD_LINK = /threshold|levels?[- _]of[- _]need|continuum[- _]of[- _]need|right[- _](?:help|support)|windscreen|meeting[- _]needs/i;
const ALIGNS =
  /\balign\w*|\bconsistent(?:ly)?\b|\bin line with\b|\bsigned off\b|\bowned by\b|\breviewed (?:each|every|annually|yearly|alongside|with|at the same time|together)\b|\bat the same time\b|\bmatch(?:es)?\b|\bunderpins?\b|\bused by (?:all )?(?:partners|agencies|practitioners)\b|\ball partners (?:and relevant agencies )?use\b|\bagreed (?:by|with)\b|\bapply (?:thresholds|it)\b/i;
const THRESHOLD_HEADINGS = [/\bthresholds?\b/i, /\blevels? of need\b/i, /\bcontinuum of need\b/i, /\bright help\b/i, /\bwindscreen\b/i];

export const thresholdAlignment = defineRule(
  {
    id: 'arrangements/threshold-alignment',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['104'],
    citation: 'WT2023 ¶104',
    title: 'How the local threshold document aligns with the arrangements',
    description:
      'Met by a link to the threshold document (link text or address naming thresholds, levels of need, continuum of need, "Right help, right time"…, or any link in a sentence that names the threshold document: "Our threshold document is [Right Support, Right Time](…)"), or by a section about the threshold document whose text says how it fits the arrangements (aligned, signed off or owned with them, reviewed at the same time, used by all partners), or by a sentence naming the threshold document with such alignment words. A passing mention ("practitioners should refer to the Levels of Need guidance") or a promise ("will be published in …") does not count. Checking that the link resolves is left to the cross-document checks.',
    example: '## Our threshold document\n\nOur [Continuum of Need](https://www.westmere.gov.uk/safeguarding/continuum-of-need) is signed off by the LSPs alongside these arrangements and reviewed at the same time, so the two stay aligned.',
    deep: true,
    fixable: 'template',
  },
  (ctx) => {
    const doc = ctx.doc;
    const link = doc.links.find((l) => THRESHOLD_LINK.test(l.url) || THRESHOLD_LINK.test(plain(l.text)));
    if (link) return ctx.cover('met', link.range);
    // A link in a sentence that names the threshold document ("Our threshold document is [Right Support, Right Time](…)").
    // Links by position, so each paragraph finds its own without scanning them all.
    const links = [...doc.links].sort((a, b) => a.range.start.offset - b.range.start.offset);
    for (const item of items(doc)) {
      if (item.kind !== 'para' || inGlossary(item.section)) continue;
      const inItem: typeof links = [];
      for (let i = firstAtOrAfter(links, item.range.start.offset); i < links.length && links[i]!.range.start.offset < item.range.end.offset; i++) {
        if (links[i]!.range.end.offset <= item.range.end.offset) inItem.push(links[i]!);
      }
      if (!inItem.length) continue;
      for (const [s, e] of sentences(item.text)) {
        const t = item.text.slice(s, e);
        const linked = inItem.some((l) => t.includes(plain(l.text)));
        if (linked && /\bthreshold (?:document|guidance|framework|criteria)\b|\bthresholds? (?:of|for) (?:need|support|intervention)\b|\blevels? of need\b|\bcontinuum of need\b/i.test(t) && !NOT_YET.test(t)) {
          return ctx.cover('met', item.range);
        }
      }
    }
    const sections = topicSections(doc, THRESHOLD_HEADINGS);
    const set = new Set(sections);
    const inSection = items(doc).filter((i) => chain(i.section).some((s) => set.has(s)));
    const sectionHit = inSection.find((i) =>
      sentences(i.text).some(([s, e]) => {
        const t = i.text.slice(s, e);
        return ALIGNS.test(t) && !NOT_YET.test(t);
      }),
    );
    if (sectionHit) return ctx.cover('met', sectionHit.range);
    const strong = itemsWith(doc, THRESHOLD_ALIGNED, NOT_YET);
    if (strong[0]) return ctx.cover('met', strong[0].range);
    const home = sections[0];
    if (home) {
      ctx.cover('partial', home.headingRange, 'no link and no alignment');
      ctx.report({
        message: `Missing: how the threshold document aligns with the arrangements: the section "${home.heading}" neither links to the document nor says how it fits these arrangements`,
        range: home.headingRange,
      });
      return;
    }
    reportMissing(
      ctx,
      'Missing: how the local threshold document aligns with the arrangements (a link to it and how it fits)',
      anchorFor(ctx, [/\bworking together\b/i, /\bgovernance\b/i]),
      'Our threshold document',
      'Our threshold document, [${1:name}](${2:link}), ${3:is signed off by the LSPs alongside these arrangements and reviewed at the same time}.',
    );
  },
);

/** Signed, not "the LSPs sign off the arrangements" (what they do, not that these were signed). */
const SIGN = /\bsigned\b|\bsigning\b|\bsign-?off\b(?! (?:the|these|our)\b)|\bagreed\b|\bapproved\b|\bendorsed\b|\bratified\b/i;
const LSP_TERM =
  /\bchief executives?\b[^.]*\bchief constable\b|\bchief constable\b[^.]*\bchief executives?\b|\blead safeguarding partners\b|\bLSPs\b|\ball (?:three|3|five|four|\w+) (?:lead |statutory |safeguarding )*partners\b|\bstatutory (?:safeguarding )?partners'? executive\b|\bthe three (?:statutory |safeguarding )*partners\b|\bLSP group\b|\blead partners\b/i;
const SIGN_HEADINGS = [/\bsign(?:ed)?[- ]?off\b/i, /\bsignatures?\b/i, /\bsigned\b/i, /\bapproval\b/i, /\bwho has agreed\b/i, /\bagreed by\b/i, /\bendorsement\b/i];
const YEARLY_LINK = /\b(?:yearly|annual) reports?\b|yearly[-_]report|annual[-_]report/i;
/** A web address written as text, without a link: "westmere-scp.org.uk/yearly-report", "www.westmere.gov.uk". */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:gov\.uk|org\.uk|co\.uk|nhs\.uk|police\.uk|sch\.uk|ac\.uk|org|com|net|uk)(?:\/\S*)?/i;

export const signOff = defineRule(
  {
    id: 'arrangements/sign-off',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['102'],
    citation: 'WT2023 ¶102',
    title: 'Signed off by all lead safeguarding partners, with a link to the yearly report',
    description:
      'Checks two parts and reports each one missing. Sign-off: a sentence or row saying the arrangements were signed, agreed or approved by the lead safeguarding partners (LSPs, "all three partners", the statutory partners’ executive), a sentence saying they were signed by the chief executives and the chief constable, or a sign-off section naming at least two of the LSPs (by name or post). Sign-off by an independent chair, the executive group of delegates or the partnership alone does not count. Link: a Markdown link whose text or address names the yearly or annual report, or a web address written out ("published at www.westmere-scp.org.uk/yearly-report", as documents converted from Word or PDF have them) in a paragraph or row that names it and does not say it is still to come.',
    example:
      '## Sign-off\n\nThese arrangements were agreed and signed by the three lead safeguarding partners on 9 December 2024. Our latest [yearly report](https://www.westmere.gov.uk/safeguarding/yearly-report-2024-25) describes what we did.',
    fixable: 'template',
  },
  (ctx) => {
    const doc = ctx.doc;
    const signSections = topicSections(doc, SIGN_HEADINGS);
    const set = new Set(signSections);
    let signed = firstItemWith(doc, SIGNED_BY_LSPS, NOT_YET)?.range;
    if (!signed) {
      // A sign-off section or table naming LSPs (by name or as chief executives and chief constable).
      const lspNames = peopleOf(doc)
        .of('lsp')
        .map((p) => p.name)
        .filter((n): n is string => !!n);
      const inSign = items(doc).filter((i) => chain(i.section).some((s) => set.has(s)) && !inGlossary(i.section));
      const named = inSign.filter((i) => lspNames.some((n) => i.text.includes(n)) || /\bchief executive\b|\bchief constable\b/i.test(i.text));
      if (named.length >= 2) signed = named[0]!.range;
    }
    // A Markdown link, or a web address written out in the text (converted documents lose their links).
    const link =
      doc.links.find((l) => YEARLY_LINK.test(l.text) || YEARLY_LINK.test(l.url)) ??
      items(doc).find((i) => !inGlossary(i.section) && YEARLY_LINK.test(i.text) && WEB_ADDRESS.test(i.text) && !NOT_YET.test(i.text));
    const home = signSections.find((s) => !signSections.some((o) => o !== s && chain(s).includes(o)));
    if (signed && link) return ctx.cover('met', signed);
    const at = home ?? anchorFor(ctx, [/\bapproval\b/i, /\bgovernance\b/i]);
    if (!signed && !link && !home) {
      reportMissing(
        ctx,
        'Missing: sign-off by all the lead safeguarding partners, and a link to the yearly report',
        at,
        'Sign-off',
        'These arrangements were agreed and signed by ${1:the lead safeguarding partners, by name} on ${2:date}. Our latest [yearly report](${3:link}) sets out what the partnership has done.',
      );
      return;
    }
    ctx.cover('partial', at.headingRange, [!signed && 'LSP sign-off', !link && 'yearly report link'].filter(Boolean).join(', '));
    if (!signed) ctx.report({ message: 'Missing: sign-off of these arrangements by all the lead safeguarding partners', range: at.headingRange });
    if (!link) ctx.report({ message: 'Missing: a link to the yearly report', range: at.headingRange });
  },
);

/** Index of the first link starting at or after `offset` (links sorted by start). */
function firstAtOrAfter(links: ReadonlyArray<{ range: { start: { offset: number } } }>, offset: number): number {
  let lo = 0;
  let hi = links.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid]!.range.start.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Pattern groups for itemsWith, as constants so its memo keeps their answers between lints.
const THRESHOLD_ALIGNED = [[THRESHOLD_NAME, /\balign\w*|\bconsistent with\b|\bin line with (?:these|our|the) arrangements\b|\breviewed (?:alongside|together with|at the same time)\b|\bat the same time as (?:these|the) arrangements\b/i]];
const SIGNED_BY_LSPS = [[SIGN, LSP_TERM]];
