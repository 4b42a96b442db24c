/**
 * local-protocol/specific-groups: the protocol reflects the needs of the groups ¶142 names.
 * First version: a group counts as covered when a section about it has content, or a real
 * sentence, list item or table row mentions it by one of its usual names. One finding names
 * every group not covered.
 */
import type { DocumentModel, Section } from '../../parse/model.js';
import { defineRule } from '../rule.js';
import { headingMatches, sectionsNamed } from '../shared/evidence.js';
import { wordsOf } from '../shared/readability.js';
import { sectionTemplateFix } from '../../fixes/section-template.js';

export interface Group {
  /** As named in the message. */
  name: string;
  /** Usual names and synonyms, tested on headings and text (abbreviations case-sensitively). */
  patterns: RegExp[];
}

/** The ¶142 groups, in the guidance's order. */
export const GROUPS: readonly Group[] = [
  { name: 'young carers', patterns: [/\byoung carers?\b|\byoung carer'?s\b|\bchild(?:ren)? (?:who|providing) (?:care|look(?:s)? after)\b|\bcaring responsibilit/i] },
  {
    name: 'children with special educational needs and/or disabilities (and their EHC plans)',
    patterns: [/\bSEND\b|\bEHC\b|\bEHCPs?\b/, /\bspecial educational needs\b|\beducation,? health and care\b|\bdisabled children\b(?!['’]s (?:team|service))|\bchildren with disabilities\b(?! (?:team|service|practitioner))/i],
  },
  { name: 'unborn children where there are concerns', patterns: [/\bunborn\b|\bpre-?birth\b|\bpregnan|\bantenatal\b|\bexpectant (?:mothers?|parents?)\b/i] },
  {
    name: 'children in hospital',
    patterns: [/\b(?:children|child|young people|babies|baby)(?: who (?:is|are))? in hospital\b|\bhospital (?:staff|discharge|admissions?|wards?)\b|\bdischarged? (?:home )?from hospital\b|\badmitted to (?:a )?hospital\b|\bpaediatric ward\b|\b(?:children|child) (?:accommodated|staying) in hospitals?\b|\bhospitali[sz]ed\b/i],
  },
  {
    name: 'children in mental health inpatient settings',
    patterns: [
      /\bmental health (?:inpatient|in-patient|hospitals?|units?|wards?)\b|\b(?:inpatient|in-patient) (?:mental health|units?|settings?|CAMHS|beds?)\b|\bCAMHS (?:inpatient|in-patient|tier 4)\b|\bpsychiatric (?:units?|hospitals?|wards?)\b|\bMental Health Act\b/i,
      // "Tier 4" alone is a threshold level; only with a mental health word is it a setting.
      /\bTier 4 (?:CAMHS|mental health|inpatient|in-patient|units?|beds?|hospitals?|admissions?)\b/i,
    ],
  },
  {
    name: 'children with specific communication needs',
    patterns: [
      /\bBSL\b|\bAAC\b/,
      /\bcommunication needs\b|\bhow (?:the|each|a) child communicates\b|\bcommunication (?:method|aids?|support)\b|\bnon-verbal\b|\bBritish Sign Language\b|\bMakaton\b|\bsigning\b|\bintermediar(?:y|ies)\b|\bdeaf\b|\bspeech,? language and communication\b/i,
      // Interpreters count when they are for the child, not only for the family's language.
      /\binterpret\w*\b[^.]{0,60}\bchild|\bchild\w*\b[^.]{0,60}\binterpret/i,
    ],
  },
  { name: 'asylum-seeking children', patterns: [/\bUASC\b/, /\basylum\b|\bunaccompanied\b|\brefugees?\b|\bNational Transfer Scheme\b/i] },
  {
    name: 'children at risk of exploitation and harm outside the home',
    patterns: [/\bexploitation\b|\bexploited\b|\bharm outside the home\b|\bextra[- ]familial\b|\bcounty lines\b|\bserious (?:youth )?violence\b|\borganised crime\b/i],
  },
  { name: 'children at risk of female genital mutilation (FGM)', patterns: [/\bFGM\b/, /\bfemale genital mutilation\b/i] },
  { name: 'children in the youth justice system', patterns: [/\bYOT\b|\bYJS\b/, /\byouth justice\b|\byouth offending\b|\bremanded\b|\byouth (?:detention|custody)\b|\byoung offenders?\b/i] },
  {
    name: 'children with a parent in custody',
    patterns: [/\bparents?\b[^.]{0,20}\b(?:in|serving a sentence in|released from) (?:prison|custody)\b|\bimprisoned parents?\b|\bparental imprisonment\b|\bprisoners'? (?:children|families)\b|\bchildren of prisoners\b|\bmothers? in prison\b/i],
  },
  {
    name: 'children in kinship care',
    patterns: [/\bkinship\b|\bfamily and friends (?:care|carers?|foster)|\bspecial guardian|\bconnected (?:persons?|carers?)\b|\b(?:relatives|grandparents?)(?: or friends)? (?:who )?(?:care|caring|look(?:s|ing)? after)\b/i],
  },
  {
    name: 'children returning home from care',
    patterns: [
      /\breturn(?:s|ing)? home from care\b|\b(?:going|go|goes) home from care\b|\breunif(?:ication|ied|y)\b|\breturn(?:s|ing)? (?:to (?:their|the) famil(?:y|ies)|home)\b(?! interviews?)[^.]{0,40}\b(?:from|in|leav\w*) care\b|\b(?:after|ceas\w*) (?:being|to be) looked after\b|\bbefore (?:a|the) (?:looked after )?child returns home\b/i,
    ],
  },
];

function mentions(group: Group, text: string): boolean {
  return group.patterns.some((p) => p.test(text));
}

const GROUPS_HEADINGS = [
  /\bspecific (?:groups|needs|circumstances)\b/i,
  /\bparticular (?:groups|needs|circumstances)\b/i,
  /\bgroups of children\b/i,
  /\bextra thought\b|\bextra care\b/i,
  /\bchildren (?:with|who need|who have) (?:specific|particular|additional|extra)\b/i,
  /\bvulnerable (?:groups|children)\b/i,
];

/** A real mention: at least this many words around it. */
const MIN_WORDS = 6;

export interface GroupCoverage {
  group: Group;
  covered: boolean;
  /** A section named for the group that has no content. */
  emptySection?: Section;
}

export function groupCoverage(doc: DocumentModel): GroupCoverage[] {
  const units: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph' && b.substantive && wordsOf(b.text.value).length >= MIN_WORDS) units.push(b.text.value);
  }
  for (const t of doc.tables) for (const r of t.rows) if (r.cells.some((c) => c.block.substantive)) units.push(r.texts.join(' | '));
  return GROUPS.map((group) => {
    const named = doc.sections.filter((s) => headingMatches(s, group.patterns));
    if (named.some((s) => s.hasContent)) return { group, covered: true };
    if (units.some((u) => mentions(group, u))) return { group, covered: true };
    return { group, covered: false, emptySection: named.find((s) => !s.hasContent) };
  });
}

export const specificGroups = defineRule(
  {
    id: 'local-protocol/specific-groups',
    level: 'should',
    appliesTo: ['local-protocol'],
    paragraphs: ['142'],
    citation: 'WT2023 ¶142',
    title: 'The needs of specific groups of children (¶142)',
    description:
      'Checks each group ¶142 names: young carers; children with SEND (SEND, special educational needs, EHC plans); unborn children (pre-birth); children in hospital; in mental health inpatient settings (Tier 4, CAMHS inpatient); with communication needs (non-verbal, BSL, Makaton, intermediaries, interpreters for the child); asylum-seeking (unaccompanied); at risk of exploitation and harm outside the home (extra-familial); at risk of FGM; in the youth justice system (youth offending, remand); with a parent in custody or prison; in kinship care (family and friends care, special guardianship); returning home from care (reunification). A group is covered by a section about it with content, or by a sentence, list item or table row that mentions it; an empty heading does not count. One finding lists the groups not covered.',
    example:
      [
        '## Children who need extra thought',
        '',
        "- **Young carers:** we offer a young carer's assessment and combine it with ours.",
        "- **Children with SEND:** we read the child's EHC plan and involve the SEND team from the start.",
        '- **Unborn children:** a pre-birth assessment starts as soon as there are concerns in pregnancy.',
        '- **Children in hospital:** hospital staff join the assessment and plan the discharge from hospital with us.',
        '- **Children in mental health inpatient settings:** we keep in touch with the CAMHS inpatient unit throughout.',
        '- **Children with communication needs:** we find out how the child communicates, including BSL or Makaton.',
        '- **Asylum-seeking children:** unaccompanied children have an assessment and an independent advocate.',
        '- **Children at risk of exploitation:** harm outside the home is assessed with the exploitation team.',
        '- **Children at risk of FGM:** practitioners follow the FGM guidance and the mandatory reporting duty.',
        '- **Children in the youth justice system:** we assess jointly with the youth justice service.',
        '- **Children with a parent in prison:** we ask about this in every assessment and work with the prison and probation.',
        '- **Children in kinship care:** relatives who care for a child can have their own support assessment.',
        '- **Children returning home from care:** we plan the support a child needs before the child returns home from care.',
      ].join('\n'),
    deep: true,
    fixable: 'template',
  },
  (ctx) => {
    const coverage = groupCoverage(ctx.doc);
    const missing = coverage.filter((c) => !c.covered);
    const home = sectionsNamed(ctx.doc, GROUPS_HEADINGS)[0];
    if (!missing.length) {
      ctx.cover('met', home?.headingRange);
      return;
    }
    const anchor = home ?? ctx.defaultAnchor();
    const names = missing.map((c) => (c.emptySection ? `${c.group.name} (the section "${c.emptySection.heading}" is empty)` : c.group.name));
    const all = missing.length === GROUPS.length;
    ctx.cover(all ? 'missing' : 'partial', anchor.headingRange, `not covered: ${missing.map((c) => c.group.name).join('; ')}`);
    ctx.report({
      message: all
        ? `Missing: the needs of the specific groups of children in ¶142 (none is covered: ${names.join('; ')}) (WT2023 ¶142)`
        : `Missing: the needs of ${missing.length} of the ${GROUPS.length} groups in ¶142 are not covered: ${names.join('; ')} (WT2023 ¶142)`,
      range: anchor.headingRange,
      fix: home
        ? undefined
        : sectionTemplateFix(ctx.doc, anchor, 'Children with specific needs', missing.map((c, i) => `- **${c.group.name}:** \${${i + 1}:how assessment and support reflect their needs}`).join('\n')),
    });
  },
);
