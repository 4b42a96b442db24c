/**
 * The shape of the `reforms-2025` checks: the arrangements say HOW they will take up one proposed
 * reform, not only that it exists. A sentence counts when it is about the reform (names it, or sits
 * under a heading that does), says something concrete about how (who, where, when, through what),
 * and is not a "we are waiting for national guidance" sentence. A document that only mentions the
 * reform gets a kinder message than one that is silent. Every message says these are proposals.
 */
import { defineRule, type Rule } from '../rule.js';
import type { RuleMeta } from '../../types.js';
import { anchorFor } from '../shared/requirement.js';
import { chain, inGlossary, items, sentences } from '../arrangements/text.js';

/** Named in every message: the checks rest on these, not on WT2023. */
export const REFORMS_SOURCE =
  "it reflects proposals, not current statutory guidance (DfE, Keeping Children Safe, Helping Families Thrive, Nov 2024; Children's Wellbeing and Schools Bill 2024-25)";

export const REFORMS_CITATION = "DfE, Keeping Children Safe, Helping Families Thrive (Nov 2024); Children's Wellbeing and Schools Bill 2024-25";

/**
 * A sentence that defers rather than says how: waiting for guidance, not decided yet, still
 * exploring. (Not arrangements' NOT_YET: "we plan to set up a team by April 2026, hosted by…"
 * is exactly the kind of plan these checks look for.)
 */
const WAITING =
  /\b(?:wait(?:ing)? (?:for|on)|await\w*|(?:once|when|until|after) (?:the )?(?:national |further |final |government |DfE |statutory )?(?:guidance|regulations|legislation|details?) (?:is |are |has been |have been )?(?:published|issued|available|known|confirmed|clear)|not yet (?:been )?(?:decided|agreed|confirmed|known|clear|set up|in place)|no decisions? (?:has|have) (?:yet )?been|too early|yet to (?:be )?(?:decide|agree|confirm|consider)\w*|(?:are|is) (?:still )?(?:considering|exploring|looking at|watching|monitoring)|will (?:consider|explore|look at|monitor|watch)|keep(?:ing)? (?:this|it|developments?) under review|monitor(?:ing)? (?:national )?developments?|there (?:is|are) (?:currently )?no)\b/i;

export interface ProposalSpec {
  /** Names the reform in a sentence (or a heading above it). */
  topic: RegExp[];
  /** Any one, in a sentence about the reform, says something concrete about how. */
  how: RegExp[];
  /** Completes "how …", e.g. "how multi-agency child protection teams will be set up". */
  what: string;
  /** The reform as the "mentioned" message names it, e.g. "multi-agency child protection teams". */
  named: string;
  /** Sections where a missing description belongs (first match wins), else the title. */
  near: RegExp[];
}

export function proposalRule(meta: Omit<RuleMeta, 'level' | 'appliesTo' | 'paragraphs' | 'citation' | 'optIn'>, spec: ProposalSpec): Rule {
  const full: RuleMeta = { ...meta, level: 'info', appliesTo: ['arrangements'], paragraphs: [], citation: REFORMS_CITATION, optIn: 'reforms-2025' };
  const about = (text: string) => spec.topic.some((p) => p.test(text));
  return defineRule(full, (ctx) => {
    let mention: (typeof list)[number] | undefined;
    const list = items(ctx.doc).filter((i) => !inGlossary(i.section));
    for (const item of list) {
      // Under a heading that names the reform, every sentence is about it; in a paragraph that
      // names it, the sentences after the naming one are too ("It is made up of …").
      let onTopic = chain(item.section).some((s) => about(s.heading));
      for (const [start, end] of sentences(item.text)) {
        const sentence = item.text.slice(start, end);
        onTopic ||= about(sentence);
        if (!onTopic) continue;
        mention ??= item;
        if (WAITING.test(sentence)) continue;
        if (spec.how.some((p) => p.test(sentence))) return ctx.cover('met', item.range);
      }
    }
    if (mention) {
      ctx.cover('partial', mention.range, `mentions ${spec.named}, not yet ${spec.what}`);
      ctx.report({
        message: `Not yet saying ${spec.what}: the arrangements mention ${spec.named}, which is fine while national detail is awaited; once local plans are agreed, say who, where and when. This is an optional check: ${REFORMS_SOURCE}`,
        range: mention.range,
      });
      return;
    }
    const anchor = anchorFor(ctx, spec.near);
    ctx.cover('missing', anchor.headingRange, `${spec.what} is not described`);
    ctx.report({
      message: `Not described yet: ${spec.what}. Worth adding as local plans take shape. This is an optional check: ${REFORMS_SOURCE}`,
      range: anchor.headingRange,
    });
  });
}
