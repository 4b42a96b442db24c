/** The five details of independent scrutiny the published arrangements should state (WT2023 ¶97). */
import type { Range } from '../../types.js';
import { defineRule } from '../rule.js';
import { anchorFor, reportMissing } from './kit.js';
import { peopleOf } from './people-model.js';
import { chain, headingIs, inGlossary, items, NOT_YET, sentences, type Item } from './text.js';

export const SCRUTINY_HEADINGS = [/\bscrutin\w*/i, /\bwho checks\b/i, /\bindependent (?:challenge|assurance|oversight)\b/i];

const FREQUENCY =
  /\b(?:annual(?:ly)?|yearly|(?:every|each) (?:year|spring|summer|autumn|winter|quarter|\w+ (?:years|months))|once a year|twice a year|biennial(?:ly)?|every \d+ (?:years|months)|three-yearly|triennial(?:ly)?|quarterly|(?:in|by|each) (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;

interface Detail {
  key: string;
  what: string;
  /** Heading of a subsection that is about this detail. */
  heading?: RegExp;
  /** Key cell of a key–value row ("Methods | …"). */
  key_cell?: RegExp;
  /** Evidence in a scrutiny sentence or row. */
  test?: (text: string) => boolean;
}

const DETAILS: Detail[] = [
  {
    key: 'who',
    what: 'who carries out independent scrutiny (by whom it is delivered)',
    heading: /\bwho\b|\bscrutineer\b|\bprovider\b/i,
    key_cell: /^(?:(?:independent )?scrutineers?|provider|scrutiny (?:provider|lead)|who)$/i,
    test: (t) => /\b(?:provided|led|delivered|carried out|undertaken|conducted)\s+by\s+(?:the\s+|an?\s+|our\s+)?[A-Z]/.test(t) || /\bindependent scrutineers?\b|\bscrutiny (?:group|panel|partner|provider)\b/i.test(t) && /\b(?:appointed|commissioned|is|are)\b/i.test(t),
  },
  {
    key: 'how',
    what: 'how independent scrutiny is delivered (its methods)',
    heading: /\bhow scrutiny\b|\bmethods?\b|\bhow (?:it|we) work|\bdelivered\b/i,
    key_cell: /^(?:how|methods?|approach|delivery)$/i,
    test: (t) =>
      /\b(?:observ\w+|focus groups?|interviews?|deep[- ]dives?|audits?|case (?:records|files|reviews)|data analysis|analys\w+|peer reviews?|challenge (?:sessions?|events?|conversations?)|site visits|visits|surveys?|attends?|reads? (?:minutes|papers|reports)|reviews? (?:the )?(?:papers|minutes|reports|quality)|meets? (?:with )?(?:front-?line )?practitioners|talks? to|examin\w+)\b/i.test(t),
  },
  {
    key: 'review',
    what: 'how and how often the arrangements are reviewed',
    heading: /\bhow often\b|\breview of (?:the |these )?arrangements\b|\breviewing (?:the |these )?arrangements\b/i,
    key_cell: /^(?:review(?: of (?:the |these )?arrangements)?|frequency)$/i,
  },
  {
    key: 'areas',
    what: 'which areas will be scrutinised',
    heading: /\bwhat (?:will be|is|we) scrutini[sz]\w*|\bareas?\b|\bscope\b|\bfocus\b|\bthemes?\b|\bscrutiny (?:plan|programme|priorities)\b/i,
    key_cell: /^(?:what|scope(?: .*)?|areas?(?: .*)?|focus|themes?|priorities|plan|programme)$/i,
    test: (t) =>
      /\bscrutiny (?:work ?)?(?:plan|programme|priorities|themes?|focus|scope|areas?|topics?|work ?plan)\b|\bareas? of focus\b|\bthemes? (?:for|of) scrutiny\b|\bareas? (?:for|of|to be|that will be|which will be) scrutini[sz]\w*|\bwill (?:be )?scrutini[sz]\w*|\bwhat will be scrutini[sz]ed\b|\bkey lines of enquiry\b|\bwill (?:look at|examine|focus on)\b/i.test(t),
  },
  {
    key: 'recommendations',
    what: 'how scrutiny recommendations will be taken forward',
    heading: /\brecommendations?\b/i,
    key_cell: /^(?:recommendations?|follow[- ]up|response|actions?)$/i,
    test: (t) => /\brecommendations?\b/i.test(t) && /\b(?:taken forward|take (?:them|it) forward|action (?:plan|log)|respond\w*|response|accept\w*|track\w*|monitor\w*|implement\w*|progress|owners?|review\w*|logged|log|until (?:closed|complete[d]?|done)|closure|closed|follow(?:ed)? up|acted (?:on|upon)|act on|turn\w* (?:them |each \w+ )?into|signed off)\b/i.test(t),
  },
];

/** Sentences (and rows) of the arrangements that talk about scrutiny, with whether they sit in a scrutiny section. */
function scrutinyTexts(all: Item[]): Array<{ item: Item; text: string; inSection: boolean }> {
  const out: Array<{ item: Item; text: string; inSection: boolean }> = [];
  for (const item of all) {
    if (inGlossary(item.section)) continue;
    const inSection = chain(item.section).some((s) => headingIs(s, SCRUTINY_HEADINGS));
    if (item.kind === 'row') {
      if (inSection || /scrutin/i.test(item.text)) out.push({ item, text: item.text, inSection });
      continue;
    }
    const lead = item.lead && /scrutin/i.test(item.lead.text.value);
    for (const [s, e] of sentences(item.text)) {
      const sentence = item.text.slice(s, e);
      if (NOT_YET.test(sentence) && !/\bnot the partnership chair\b/i.test(sentence)) continue;
      if (inSection || lead || /scrutin/i.test(sentence)) out.push({ item, text: sentence, inSection: inSection || !!lead });
    }
  }
  return out;
}

/** Whether the arrangements say how and how often they are reviewed: anywhere in the document. */
function reviewStated(all: Item[]): boolean {
  for (const item of all) {
    if (inGlossary(item.section)) continue;
    const texts = item.kind === 'row' ? [item.row.texts.join(' | ')] : sentences(item.text).map(([s, e]) => item.text.slice(s, e));
    for (const t of texts) {
      const cleaned = t.replace(/\blist of (?:relevant )?agencies[^.;|]*/gi, ' ');
      if (/\barrangements\b|\bthis document\b/i.test(cleaned) && /\breview(?:ed|s|ing)?\b/i.test(cleaned) && FREQUENCY.test(cleaned)) return true;
    }
  }
  return false;
}

export const scrutinyDetails = defineRule(
  {
    id: 'arrangements/scrutiny-details',
    level: 'should',
    appliesTo: ['arrangements'],
    paragraphs: ['97'],
    citation: 'WT2023 ¶97',
    title: 'The details of independent scrutiny: by whom, how, how often the arrangements are reviewed, which areas, and how recommendations are taken forward',
    description:
      'Reads the independent scrutiny sections (and any sentence about scrutiny elsewhere) and reports each of the five details of ¶97 that is missing: who delivers scrutiny (a named scrutineer or provider), how it is delivered (methods such as observation, audits, focus groups), how and how often the arrangements are reviewed (a sentence or row anywhere tying a review of the arrangements to a frequency; a "next review" date alone does not count), which areas will be scrutinised (a scrutiny plan, programme, scope or areas), and how recommendations are taken forward (a response, action plan or tracking). Key–value tables ("Methods | …", "Scope | …") and subsection headings ("What will be scrutinised") count.',
    example:
      '## Independent scrutiny\n\nDr Margaret Oyelaran, Independent Scrutineer, observes meetings and runs deep dives. Each year she agrees a scrutiny plan with the LSPs. She reviews these arrangements every spring. The Executive responds to her recommendations within six weeks with an action plan.',
    deep: true,
    fixable: 'template',
  },
  (ctx) => {
    const doc = ctx.doc;
    const all = items(doc);
    const texts = scrutinyTexts(all);
    const sectionsAbout = doc.sections.filter((s) => headingIs(s, SCRUTINY_HEADINGS) && !inGlossary(s));
    const home = sectionsAbout[0];
    if (!texts.length && !home) {
      // Nothing about scrutiny at all: one finding, not five (arrangements/independent-scrutiny reports the section).
      reportMissing(
        ctx,
        'Missing: the details of independent scrutiny: by whom and how it is delivered, how often the arrangements are reviewed, which areas will be scrutinised and how recommendations are taken forward',
        anchorFor(ctx, [/\bgovernance\b/i]),
        'Independent scrutiny',
        'Independent scrutiny is provided by ${1:who}, through ${2:methods}. The arrangements are reviewed ${3:how and how often}. The areas to be scrutinised are ${4:areas}. Recommendations are taken forward by ${5:process}.',
      );
      return;
    }
    const scrutineers = peopleOf(doc).of('scrutineer');
    const found = new Map<string, Range>();
    for (const d of DETAILS) {
      const sub = sectionsAbout.find((s) => s.hasContent && d.heading && d.heading.test(s.heading) && s !== home);
      if (sub) {
        found.set(d.key, sub.headingRange);
        continue;
      }
      if (d.key === 'who' && scrutineers.some((p) => p.name || /\b(?:CIC|Ltd|partnership|group|panel|consultancy)\b/i.test(p.text))) {
        found.set(d.key, scrutineers[0]!.range);
        continue;
      }
      if (d.key === 'review') {
        if (reviewStated(all)) found.set(d.key, home?.headingRange ?? texts[0]!.item.range);
        continue;
      }
      const hit = texts.find(({ item, text }) => {
        if (item.kind === 'row' && d.key_cell) {
          const key = (item.row.texts[0] ?? '').trim();
          if (d.key_cell.test(key) && item.row.cells.slice(1).some((c) => c.block.substantive)) return true;
        }
        return d.test ? d.test(text) : false;
      });
      if (hit) found.set(d.key, hit.item.range);
    }
    const missing = DETAILS.filter((d) => !found.has(d.key));
    const anchorRange = home?.headingRange ?? texts.find((t) => t.item.lead && /scrutin/i.test(t.item.lead.text.value))?.item.lead?.range ?? anchorFor(ctx, [/\bgovernance\b/i]).headingRange;
    if (!missing.length) return ctx.cover('met', anchorRange);
    ctx.cover('partial', anchorRange, `missing: ${missing.map((d) => d.key).join(', ')}`);
    for (const d of missing) ctx.report({ message: `Missing: ${d.what}`, range: anchorRange });
  },
);
