/** threshold/short-breaks: disabled children's services aligned with the short breaks services statement (¶116). */
import { defineRule } from '../rule.js';
import { anchorNear, facet, findEvidence, scopes, sectionsNamed, type EvidenceSpec } from '../shared/evidence.js';
import { sectionTemplateFix } from '../../fixes/section-template.js';
import { emptyBodyPhrase } from '../../parse/evidence-text.js';

const STATEMENT = /\bshort[- ]breaks? (?:services? )?statement\b/i;
const SHORT_BREAKS = [/\bshort[- ]breaks?\b/i];

const offer: EvidenceSpec = {
  headings: SHORT_BREAKS,
  anchors: SHORT_BREAKS,
  facets: [
    facet('overnight', /\bovernight\b/i),
    facet('direct-payments', /\bdirect payments?\b|\bpersonal budgets?\b/i),
    facet('eligibility', /\beligib|\bassessment\b|\bapply\b/i),
    facet('level', /\b(?:level|tier|zone)s? ?[1-4]\b|\buniversal\b|\btargeted\b|\bspecialist\b/i),
    facet('activities', /\bclubs?\b|\bholiday\b|\bactivities\b|\bday care\b|\bleisure\b/i),
    facet('local-offer', /\blocal offer\b/i),
    facet('parent-carers', /\bparent carers?\b|\ba break\b/i),
  ],
  minWithHeading: 1,
  // "such as a short break at a local club" in an indicators table is a mention, not an offer.
  minWithoutHeading: 3,
};

export const shortBreaks = defineRule(
  {
    id: 'threshold/short-breaks',
    level: 'consider',
    appliesTo: ['threshold'],
    paragraphs: ['116'],
    citation: 'WT2023 ¶116',
    title: "Disabled children's services aligned with the short breaks services statement",
    description:
      'Met when the document refers to the short breaks services statement (the statement local authorities publish under the Breaks for Carers of Disabled Children Regulations 2011) in the context of its services. When short breaks are described (a short breaks section, or short breaks with levels, eligibility, overnight breaks or direct payments) but the statement is not mentioned, the missing alignment is reported; a passing "such as a short break" in an indicators table does not count as a description.',
    example:
      '### Short breaks\n\nShort breaks give disabled children fun things to do and parent carers a break. Our levels of help match the Westmere Short Breaks Services Statement: inclusive clubs need no assessment; overnight breaks follow a child in need assessment.',
    fixable: 'template',
  },
  (ctx) => {
    for (const scope of scopes(ctx.doc, SHORT_BREAKS)) {
      if (STATEMENT.test(scope.text)) {
        ctx.cover('met', scope.range);
        return;
      }
    }
    const hit = findEvidence(ctx.doc, offer);
    if (hit) {
      const at = hit.scope.section.level > 0 ? hit.scope.section : ctx.defaultAnchor();
      ctx.cover('partial', hit.scope.range, 'short breaks described, statement not mentioned');
      ctx.report({ message: 'Missing: how the short breaks offer is aligned with the short breaks services statement (WT2023 ¶116)', range: at.headingRange });
      return;
    }
    const empty = sectionsNamed(ctx.doc, SHORT_BREAKS).find((s) => !s.hasContent);
    if (empty) {
      ctx.cover('partial', empty.headingRange, 'empty section');
      ctx.report({ message: `Missing: disabled children's short breaks, aligned with the short breaks services statement: the section "${empty.heading}" ${emptyBodyPhrase(empty)}`, range: empty.headingRange });
      return;
    }
    const anchor = anchorNear(ctx, [/\bdisab(?:led|ility|ilities)\b/i, /\bSEND\b/]);
    ctx.cover('missing', anchor.headingRange);
    ctx.report({
      message: "Missing: disabled children's services (short breaks) aligned with the short breaks services statement",
      range: anchor.headingRange,
      fix: sectionTemplateFix(
        ctx.doc,
        anchor,
        'Short breaks',
        'Our short breaks for disabled children follow the ${1:name of the local authority} Short Breaks Services Statement (${2:link}).\n\n| Level | Short breaks available | How to get them |\n|---|---|---|\n| ${3:Universal} | ${4:inclusive clubs, holiday activities} | ${5:apply directly} |',
      ),
    });
  },
);
