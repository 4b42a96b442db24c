/**
 * threshold/section-17, -47, -31, -20: the criteria for referral under each section of the
 * Children Act 1989 (¶117). A section number in a levels table ("Level 4: s47 enquiries; legal
 * intervention") is a passing mention; criteria are the legal test, when to refer or consider,
 * who decides, set out together in one section, table row or table column.
 */
import type { DocumentModel, Section } from '../../parse/model.js';
import { defineRule } from '../rule.js';
import { around, criteriaRule, evaluateCriteria, facet, isWrapper, reportCriteria, sectionsNamed, type CriteriaSpec, type EvidenceHit } from '../shared/evidence.js';

const LEVEL_4 = [/\b(?:level|tier) 4\b/i, /\bspecialist\b|\bstatutory\b|\bacute\b/i, /\bsignificant harm\b|\bchild protection\b/i, /\breferr/i];
const LEVEL_3 = [/\b(?:level|tier) 3\b/i, /\bchild(?:ren)? in need\b/i, /\bcomplex\b|\btargeted\b/i, /\breferr/i];

// --- section 17 -------------------------------------------------------------------------------

const S17_ANCHOR = /\bsection 17\b|\bs\.?\s?17\b(?!\s?Z)|\bchild(?:ren)? in need\b|\bCIN\b/i;
/** The statutory definition names disability ("…or is disabled"); saying so is not saying how it applies. */
const DISABLED_DEFINITION = /\b(?:or )?(?:who |he or she |they |the child |child )?(?:is|are) disabled\b/gi;
const DISABLED = /\bdisab(?:led|ility|ilities)\b/i;

const section17Spec: CriteriaSpec = {
  what: 'the criteria, including the level of need, for referring a child in need under section 17 of the Children Act 1989',
  headings: [/\bsection 17\b|\bs\.?\s?17\b/i, /\bchild(?:ren)? in need\b/i, /\bCIN\b/],
  parts: [
    {
      what: 'the criteria, including the level of need, for referring a child in need under section 17 of the Children Act 1989',
      evidence: {
        headings: [/\bsection 17\b|\bs\.?\s?17\b/i, /\bchild(?:ren)? in need\b/i, /\bCIN\b/, /\bis a child\b.*\bin need\b/i],
        anchors: [S17_ANCHOR],
        facets: [
          facet('definition', /\bunlikely to (?:achieve|reach|maintain|keep)\b|\breasonable (?:standard|level) of health or development\b|\bsignificantly impaired\b|\bhealth or development\b/i),
          facet('when', /\bwhen to (?:refer|consider)\b|\brefer(?:ral|red)?\b.{0,80}\b(?:when|where|if)\b|\b(?:when|where|if)\b.{0,80}\brefer(?:ral)?\b|\bshould be considered\b|\bindicators?\b|\bthreshold\b|\bexamples? (?:include|are)\b|\bfor example\b/i),
          facet('level', /\b(?:level|tier|zone) ?[1-4]\b|\bcomplex\b|\blong[- ](?:standing|lasting|term)\b|\benduring\b|\bearly help (?:has not|hasn'?t|is not|isn'?t)\b|\bnot (?:made )?enough\b|\btargeted\b/i),
          facet('assessment', /\bchild and family assessment\b|\bchild in need (?:assessment|plan)\b|\bCIN (?:assessment|plan)\b|\b45 working days\b|\bsocial care assessment\b|\bstatutory assessment\b|\bassess(?:ed|ment) by children'?s social care\b/i),
          facet('decide', /\bwho decides\b|\bdecid(?:es|ed)\b|\bdecision\b|\bpractice (?:manager|supervisor)\b/i),
        ],
        minWithHeading: 2,
        minWithoutHeading: 3,
        requiredWithoutHeading: ['definition', 'when'],
      },
    },
  ],
  near: LEVEL_3,
  templateHeading: 'Children in need (section 17)',
  templateBody:
    'A child is in need under section 17 of the Children Act 1989 if ${1:the statutory definition, in plain words}.\n\n**When to refer for a child in need assessment:** ${2:the level of need and examples}.\n\n**Disabled children:** ${3:how the criteria apply to disabled children and where referrals go}.',
};

/** Where s17 criteria were found: the named sections and the hit's surroundings. */
function s17Places(doc: DocumentModel, hit: EvidenceHit | undefined): Section[] {
  const named = sectionsNamed(doc, section17Spec.headings).filter((s) => s.hasContent && !isWrapper(doc, s));
  return hit ? [...named, ...around(doc, hit)] : named;
}

/** Working Together's own words, quoted in many introductions: not the document's answer. */
const GUIDANCE_QUOTE = /\bincluding how (?:this|it) applies (?:for|to) disabled children\b/gi;

/** True when the document says how section 17 applies to disabled children (not just the definition). */
export function s17CoversDisabledChildren(doc: DocumentModel, hit: EvidenceHit | undefined): boolean {
  const strip = (t: string): string => t.replace(GUIDANCE_QUOTE, ' ').replace(DISABLED_DEFINITION, ' ');
  for (const s of s17Places(doc, hit)) if (DISABLED.test(strip(s.fullText))) return true;
  // Elsewhere, one paragraph, list item or table row must say both.
  const units = [
    ...doc.blocks.filter((b) => b.kind === 'paragraph' && b.substantive).map((b) => b.evidence),
    ...doc.tables.flatMap((t) => t.rows.map((r) => `${t.header.texts.join(' | ')}\n${r.texts.join(' | ')}`)),
  ];
  return units.some((u) => {
    const t = strip(u);
    return DISABLED.test(t) && S17_ANCHOR.test(t);
  });
}

export const section17 = Object.assign(defineRule(
  {
    id: 'threshold/section-17',
    level: 'should',
    appliesTo: ['threshold'],
    paragraphs: ['117'],
    citation: 'WT2023 ¶117',
    title: 'Criteria, including level of need, for referral of children in need under section 17, including disabled children',
    description:
      'Recognises "section 17", "s17", "s.17", "child(ren) in need" and "CIN" with criteria: a section named for it (or a table row or column about it) that gives the statutory test, when to refer, the level of need, the assessment or who decides. A section number in a levels table is a passing mention and does not count. When the criteria are there, it also checks that the document says how they apply to disabled children (beyond repeating "or is disabled" from the definition) and reports that part separately.',
    example:
      '### Children in need (section 17)\n\nA child is in need if they are unlikely to reach a reasonable level of health or development without help from children\'s social care, or they are disabled.\n\nRefer for a child in need assessment when needs are complex and early help has not made enough difference. Disabled children whose families need social care support are referred to the Disabled Children\'s Team.',
    fixable: 'template',
  },
  (ctx) => {
    const result = evaluateCriteria(ctx.doc, section17Spec);
    if (result.status !== 'met') {
      reportCriteria(ctx, section17Spec, result);
      return;
    }
    const hit = result.hits[0]!;
    if (s17CoversDisabledChildren(ctx.doc, hit)) {
      ctx.cover('met', hit.scope.range);
      return;
    }
    const at = result.named ?? (hit.scope.section.level > 0 ? hit.scope.section : ctx.defaultAnchor());
    ctx.cover('partial', hit.scope.range, 'nothing on how section 17 applies to disabled children');
    ctx.report({ message: 'Missing: how the section 17 criteria apply to disabled children (WT2023 ¶117)', range: at.headingRange });
  },
), { spec: section17Spec });

// --- section 47 -------------------------------------------------------------------------------

export const section47 = criteriaRule(
  {
    id: 'threshold/section-47',
    level: 'should',
    appliesTo: ['threshold'],
    paragraphs: ['117'],
    citation: 'WT2023 ¶117',
    title: 'Criteria for section 47 enquiries (reasonable cause to suspect significant harm)',
    description:
      'Recognises "section 47", "s47", "child protection enquiries", "significant harm" and "strategy discussion" with criteria: the legal test (reasonable cause to suspect a child is suffering, or likely to suffer, significant harm) together with indicators, the strategy discussion, the enquiry or the conference, in one section, table row or column. A bare "s47 enquiries" in a levels table does not count.',
    example:
      '### Child protection (section 47)\n\nRefer straight away when you have reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm: for example a disclosure of abuse or any injury to a non-mobile baby. A strategy discussion decides whether to start section 47 enquiries.',
  },
  {
    what: 'the criteria for referral under section 47 of the Children Act 1989 (reasonable cause to suspect a child is suffering, or likely to suffer, significant harm)',
    headings: [/\bsection 47\b|\bs\.?\s?47\b/i, /\bchild protection\b/i, /\bsignificant harm\b/i],
    parts: [
      {
        what: 'the criteria for referral under section 47 of the Children Act 1989 (reasonable cause to suspect a child is suffering, or likely to suffer, significant harm)',
        evidence: {
          headings: [/\bsection 47\b|\bs\.?\s?47\b/i, /\bchild protection (?:enquir|referral|investigation|\(section)/i, /\bchild protection$/i, /\bsignificant harm\b/i, /\bstrategy discussion/i],
          anchors: [/\bsection 47\b|\bs\.?\s?47\b/i, /\bchild protection (?:enquir|investigat|referral)/i, /\bsignificant harm\b/i, /\bstrategy (?:discussion|meeting)\b/i],
          facets: [
            facet('test', /\breasonable cause to suspect\b|\bsuffer(?:ing)?,? or (?:is )?likely to suffer\b|\blikely to suffer\b/i),
            facet('harm', /\bsignificant harm\b/i),
            facet('strategy', /\bstrategy (?:discussion|meeting)s?\b/i),
            facet('enquiry', /\benquir(?:y|ies)\b|\binvestigation\b/i),
            facet('indicators', /\bdisclos|\bbruis|\binjur(?:y|ies)\b|\bindicators?\b|\bfor example\b|\bsuch as\b/i),
            facet('conference', /\bchild protection (?:conference|plan)\b|\bICPC\b/i),
            facet('decide', /\bdecid|\bdecision\b|\bwithin (?:one|1|\d+) working days?\b|\bsocial worker (?:always )?leads?\b|\balways led\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 3,
          requiredWithoutHeading: ['test'],
        },
      },
    ],
    near: LEVEL_4,
    templateHeading: 'Child protection enquiries (section 47)',
    templateBody:
      'Refer when there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm (section 47 of the Children Act 1989), for example: ${1:indicators}.\n\n**What happens next:** ${2:who decides, the strategy discussion and timescales}.',
  },
);

// --- section 31 -------------------------------------------------------------------------------

export const section31 = criteriaRule(
  {
    id: 'threshold/section-31',
    level: 'should',
    appliesTo: ['threshold'],
    paragraphs: ['117'],
    citation: 'WT2023 ¶117',
    title: 'Criteria for care and supervision orders (section 31)',
    description:
      'Recognises "section 31", "s31", "care order", "supervision order", "care proceedings" and "Public Law Outline" with criteria: the threshold the court applies (significant harm attributable to the care given, or the child beyond parental control), how the local decision to go to court is made (legal planning or gateway meeting, pre-proceedings, letter before proceedings), or when it is considered. "The subject of care proceedings" or "legal intervention" in a list of level 4 responses is a passing mention and does not count.',
    example:
      '### Care and supervision orders (section 31)\n\nThe council may apply to the family court for a care order or a supervision order when a child is suffering, or likely to suffer, significant harm because of the care they receive, or is beyond parental control. The Legal Planning Meeting decides whether to start pre-proceedings under the Public Law Outline.',
  },
  {
    what: 'the criteria for care and supervision orders under section 31 of the Children Act 1989',
    headings: [/\bsection 31\b|\bs\.?\s?31\b/i, /\bcare (?:and|or) supervision orders?\b|\bcare orders?\b|\bsupervision orders?\b/i, /\bcare proceedings\b|\bpublic law outline\b|\bPLO\b|\bpre-proceedings\b/i, /\blegal (?:planning|gateway)\b/i],
    parts: [
      {
        what: 'the criteria for care and supervision orders under section 31 of the Children Act 1989',
        evidence: {
          headings: [/\bsection 31\b|\bs\.?\s?31\b/i, /\bcare (?:and|or) supervision orders?\b|\bcare orders?\b|\bsupervision orders?\b/i, /\bcare proceedings\b|\bpublic law outline\b|\bPLO\b|\bpre-proceedings\b/i, /\blegal (?:planning|gateway|intervention|proceedings)\b/i, /\bgoe?s? to court\b|\bcourt\b|\bproceedings\b/i],
          anchors: [/\bsection 31\b|\bs\.?\s?31\b/i, /\bcare orders?\b|\bsupervision orders?\b/i, /\bcare proceedings\b|\bpublic law outline\b|\bPLO\b|\bpre-proceedings\b/i],
          facets: [
            facet('harm', /\bsignificant harm\b/i),
            facet('attributable', /\bbeyond (?:parental )?control\b|\breasonabl[ey]\b.{0,60}\bparent|\battributable\b/i),
            facet('court', /\bcourt\b[^.]{0,80}\b(?:satisfied|decides?|can only|make)\b|\bapply(?:ing)? to (?:the )?(?:family )?court\b|\bonly the court\b/i),
            facet('legal', /\blegal (?:planning|gateway)\b|\blegal (?:panel|meeting)\b|\bpre-proceedings\b|\bpublic law outline\b|\bPLO\b|\bletter before proceedings\b|\bissu(?:e|ing) (?:care )?proceedings\b/i),
            facet('when', /\bcannot (?:be kept|stay) safe|\bcan'?t (?:be kept|stay) safe|\bplan (?:is )?not reducing\b/i),
            facet('fgc', /\bfamily group conferenc/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 2,
          // The legal test itself (harm, its cause, the court's decision), not only the planning process around it.
          required: ['harm', 'attributable', 'court'],
        },
      },
    ],
    near: LEVEL_4,
    templateHeading: 'Care and supervision orders (section 31)',
    templateBody:
      'The council may apply to the family court for a care order or a supervision order under section 31 of the Children Act 1989 when ${1:the threshold criteria, in plain words}.\n\n**How decisions are made locally:** ${2:legal planning meeting, pre-proceedings under the Public Law Outline}.',
  },
);

// --- section 20 -------------------------------------------------------------------------------

export const section20 = criteriaRule(
  {
    id: 'threshold/section-20',
    level: 'should',
    appliesTo: ['threshold'],
    paragraphs: ['117'],
    citation: 'WT2023 ¶117',
    title: 'Criteria for the duty to accommodate a child (section 20)',
    description:
      'Recognises "section 20", "s20", "accommodated", "voluntary accommodation", "duty to accommodate" and "looked after under section 20" with criteria: the statutory grounds (no one with parental responsibility, lost or abandoned, the carer prevented from providing accommodation or care), consent and the right to remove the child, homeless 16–17-year-olds, or when to consider it. Indicators such as "16/17-year-olds presenting as homeless" that never mention accommodation do not count.',
    example:
      '### Accommodation by agreement (section 20)\n\nThe council must accommodate a child in need when no one has parental responsibility for them, they are lost or abandoned, or the person caring for them cannot provide suitable accommodation. It is voluntary: parents must consent and can remove the child at any time.',
  },
  {
    what: 'the criteria for accommodating a child under section 20 of the Children Act 1989 (duty to accommodate)',
    headings: [/\bsection 20\b|\bs\.?\s?20\b/i, /\baccommodat(?:ion|ed|e)\b/i],
    parts: [
      {
        what: 'the criteria for accommodating a child under section 20 of the Children Act 1989 (duty to accommodate)',
        evidence: {
          headings: [/\bsection 20\b|\bs\.?\s?20\b/i, /\baccommodat(?:ion|ed|e)\b/i],
          anchors: [/\bsection 20\b|\bs\.?\s?20\b/i, /\bduty to accommodate\b/i, /\bvoluntar(?:y|ily) accommodat/i, /\baccommodat(?:ed|ion) (?:by agreement|under)\b/i, /\bprovide accommodation\b/i],
          facets: [
            facet('no-pr', /\bno(?: one|body| person)? (?:has|with|having) parental responsibility\b/i),
            facet('lost', /\blost or (?:have been |has been )?abandoned\b|\babandoned\b/i),
            facet('prevented', /\b(?:prevented|cannot|can'?t|unable)\b.{0,40}\bprovid(?:e|ing)\b.{0,30}\b(?:accommodation|care)\b/i),
            facet('consent', /\bconsent\b|\bagree(?:ment|s)?\b|\bvoluntary\b|\bremove (?:the |their )?child\b|\btake the child home\b/i),
            facet('age', /\b16 (?:or|and|-|–) ?17\b|\b16[–-]17\b|\bhomeless\b/i),
            facet('when', /\bwhen to consider\b|\bfor example\b|\bhospital\b|\bshort breaks?\b|\bunaccompanied\b/i),
            facet('review', /\breview\b|\bnot a substitute\b|\bavoid going to court\b/i),
          ],
          minWithHeading: 2,
          minWithoutHeading: 3,
          required: ['no-pr', 'lost', 'prevented', 'consent'],
          requiredWithoutHeading: ['no-pr', 'lost', 'prevented'],
        },
      },
    ],
    near: LEVEL_4,
    templateHeading: 'Accommodation (section 20)',
    templateBody:
      'The council has a duty to accommodate a child in need under section 20 of the Children Act 1989 when ${1:no one has parental responsibility, the child is lost or abandoned, or the carer cannot provide suitable accommodation or care}.\n\n**When to consider section 20:** ${2:examples, consent, 16- and 17-year-olds}.',
  },
);
