/**
 * ¶108: where the area has a secure establishment (secure children's home, young offender
 * institution, secure training centre, secure school), the report reviews the use of restraint
 * there and says the findings went to the YJB, the Youth Custody Service and HMIP.
 * Not applicable when no such establishment is in the area.
 */
import type { DocumentModel } from '../../parse/model.js';
import type { Range } from '../../types.js';
import { sectionTemplateFix } from '../../fixes/section-template.js';
import { defineRule } from '../rule.js';
import { areaNames } from '../../read/area.js';
import { sentenceAt } from '../shared/terms.js';
import { allUnits, blockSpan, headingSections, isReference } from './evidence.js';

const ESTABLISHMENT = /\bsecure children'?s homes?\b|\byoung offender institutions?\b|\bsecure training centres?\b|\bsecure schools?\b/gi;
/** Abbreviations only in capitals ("YOI", not "yoi"). */
const ESTABLISHMENT_ABBR = /\bHMYOI\b|\bYOIs?\b|\bSTCs?\b/g;
/** A sentence saying the establishment is not in the area, or is somewhere else. */
const NOT_HERE =
  /\b(?:no|not|none|neither|nor|without|isn'?t|aren'?t)\b|\belsewhere\b|\boutside (?:the|our|of) (?:area|county|borough|city|region)\b|\bout of (?:the )?area\b|\bother (?:areas|local authorit\w*|regions)\b|\bacross (?:England|the country)\b|\bnationally\b/i;
/** Words that put an unnamed establishment in the area. */
const LOCAL =
  /\b(?:in|within) (?:the|our|this) (?:area|county|borough|city|district|town)\b|\blocated\b|\bbased (?:in|at)\b|\bhome to\b|\brun by\b|\bhost(?:s|ed|ing)?\b|\bthere (?:is|are)\b|\bwe have\b|\bour (?:local )?(?:secure|young offender)\b|\blocal\b|\bnear\b/i;
const RESTRAINT = /\brestraints?\b|\brestrictive (?:physical )?interventions?\b|\bphysical interventions?\b|\buse of force\b|\bMMPR\b|\bsingle separation\b|\bpain[- ]inducing\b/i;
const REVIEWED = /\breview\w*|\bincidents?\b|\d|\bfindings?\b|\bdata\b|\bmonitor\w*|\baudit\w*|\bscrutin\w*|\breport\w*/i;
const RECIPIENTS: Array<[string, RegExp]> = [
  ['the Youth Justice Board', /\bYouth Justice Board\b|\bYJB\b/i],
  ['the Youth Custody Service', /\bYouth Custody Service\b|\bYCS\b/],
  ["His Majesty's Inspectorate of Prisons", /\bInspectorate of Prisons\b|\bHMI ?Prisons\b|\bHMIP\b/i],
];

interface Mention {
  name: string;
  range: Range;
}

/** Mentions of a secure establishment that is in the area (not negated, not elsewhere), in headings, prose and cells. */
function establishmentsHere(doc: DocumentModel): Mention[] {
  const out: Mention[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'code' || (b.section && isReference(b.section))) continue;
    const text = b.text.value;
    for (const re of [ESTABLISHMENT, ESTABLISHMENT_ABBR]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const [s, e] = sentenceAt(text, m.index);
        const sentence = text.slice(s, e);
        if (NOT_HERE.test(sentence)) continue;
        const [from, to] = establishmentSpan(text, m.index, m.index + m[0].length);
        // A named establishment ("Ashgrove Secure Children's Home", "HMYOI Fenmoor") or one said to be here;
        // "children placed in secure children's homes" is about placements, not an establishment in the area.
        const named = from < m.index || to > m.index + m[0].length;
        if (!named && !LOCAL.test(sentence) && !inTheArea(doc, sentence)) continue;
        out.push({ name: text.slice(from, to), range: blockSpan(doc, b, from, to) });
      }
    }
  }
  return out.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/** "the secure children's home in Harrowmere": in the place the partnership is named after. */
function inTheArea(doc: DocumentModel, sentence: string): boolean {
  return areaNames(doc).some((place) => new RegExp(`\\b(?:in|within) ${escapeRegExp(place)}\\b`).test(sentence));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Ashgrove Secure Children's Home", "HMYOI Fenmoor": the term with the proper name around it, as [start, end). */
function establishmentSpan(text: string, start: number, end: number): [number, number] {
  const term = text.slice(start, end);
  if (/^(?:HM)?YOI$/.test(term)) {
    const after = /^\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?/.exec(text.slice(end));
    return after ? [start, end + after[0].length] : [start, end];
  }
  const before = /(?:[A-Z][\w'’-]+\s+){1,3}$/.exec(text.slice(0, start));
  if (!before) return [start, end];
  // Leading articles and sentence openers are not part of the name.
  const words = before[0].split(/(\s+)/);
  let from = before.index;
  while (words.length && /^(?:The|A|An|Our|Its|In|At|Both|Is|This)$/.test(words[0]!)) {
    from += words[0]!.length + (words[1]?.length ?? 0);
    words.splice(0, 2);
  }
  return [from, end];
}

export const secureEstablishmentRestraint = defineRule(
  {
    id: 'yearly-report/secure-establishment-restraint',
    level: 'should',
    appliesTo: ['yearly-report'],
    paragraphs: ['108'],
    citation: 'WT2023 ¶108',
    title: 'Where the area has a secure establishment: a review of the use of restraint there',
    description:
      'Applies only when the report mentions a secure establishment in the area: a secure children\'s home, a young offender institution (YOI, HMYOI), a secure training centre (STC) or a secure school that is named ("Ashgrove Secure Children\'s Home", "HMYOI Fenmoor") or said to be here ("there is", "run by", "located", "in Harrowmere" when the partnership is the Harrowmere Safeguarding Children Partnership); a sentence saying there is none, that children are placed elsewhere, or about placements in general does not count. Then the report must contain a review of the use of restraint there (restraint, restrictive or physical intervention, MMPR, with data, incidents or findings), and should say its findings went to the Youth Justice Board, the Youth Custody Service and HM Inspectorate of Prisons. Otherwise the rule is not applicable.',
    example:
      '## Ashgrove Secure Children\'s Home: review of restraint\n\nRestraint fell from 211 incidents to 146. The findings were sent to the Youth Justice Board, the Youth Custody Service and His Majesty\'s Inspectorate of Prisons in June 2025.',
    fixable: 'template',
    deep: true,
  },
  (ctx) => {
    const units = allUnits(ctx.doc);
    const here = establishmentsHere(ctx.doc);
    if (!here.length) {
      ctx.cover('not-applicable', undefined, 'no secure establishment in the area is mentioned');
      return;
    }
    // An unnamed one ("the secure children's home in Harrowmere") reads with its article.
    const name = /^[a-z]/.test(here[0]!.name) ? `the ${here[0]!.name}` : here[0]!.name;
    const restraintSections = headingSections(ctx.doc, [RESTRAINT]).filter((s) => s.hasContent);
    const restraintUnits = units.filter((u) => RESTRAINT.test(u.text) && REVIEWED.test(u.text));
    if (!restraintSections.length && !restraintUnits.length) {
      const home = headingSections(ctx.doc, [/\bsecure\b|\bcustody\b|\byouth justice\b|\byoung offender|\bYOI\b|\bsecure estate\b/i])[0];
      const range = home?.headingRange ?? here[0]!.range;
      ctx.cover('missing', range, `${name} is in the area`);
      ctx.report({
        message: `Missing: a review of the use of restraint at ${name}, the secure establishment in the area`,
        range,
        fix: sectionTemplateFix(
          ctx.doc,
          home ?? ctx.defaultAnchor(),
          `${name[0]!.toUpperCase()}${name.slice(1)}: review of restraint`,
          '${1:How the partners reviewed the use of restraint this year: incidents, children restrained, injuries, what the establishment changed.}\n\nThe findings were sent to the Youth Justice Board, the Youth Custody Service and His Majesty\'s Inspectorate of Prisons on ${2:date}.',
        ),
      });
      return;
    }
    const at = restraintSections[0]?.headingRange ?? (restraintUnits[0]!.section.level ? restraintUnits[0]!.section.headingRange : restraintUnits[0]!.range);
    const text = [...restraintSections.map((s) => s.fullText), ...units.filter((u) => RESTRAINT.test(u.text) || /\breview\b|\bfindings\b/i.test(u.text)).map((u) => u.text)].join('\n');
    const notTold = RECIPIENTS.filter(([, re]) => !re.test(text)).map(([label]) => label);
    if (!notTold.length) {
      ctx.cover('met', at);
      return;
    }
    ctx.cover('partial', at, `findings not reported to ${notTold.join(', ')}`);
    ctx.report({ message: `Missing: that the findings of the restraint review were reported to ${joinAnd(notTold)}`, range: at });
  },
);

function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
