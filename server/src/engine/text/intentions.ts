/**
 * Intentions, not achievements: "we will…", "the partnership plans to…". A requirement that asks
 * what was done is not met by plans; a list of completed work is not spoiled by one plan in it.
 */
import { TextMemo } from './memo.js';
import { sentences } from './sentences.js';

// A subordinate "how they want to take part" or "what we will do next" reports a wish or a
// question, not the partnership's plan; the lookbehind keeps those out.
export const INTENTION =
  /(?<!\b(?:how|what|where|whether|which|who|when|if) )\b(?:we|the (?:(?:partnership|safeguarding|strategic|leaders'?) )?(?:partnership|partners|executive|board|group)|partners|each partner|it|they)(?: also| then| now)? (?:will|shall|intend to|plan to|aim to|are going to|hope to|would like to|propose to|are planning to|wants? to|wants? (?:a|an|the|our|more|every) [\w'’ -]{1,40}? to)\b|\b(?:next|in the coming|over the next|during the coming) (?:year|twelve months|12 months)\b[^.]*\bwill\b|\bwill be (?:developed|introduced|launched|set up|established|published|rolled out|put in place|agreed|used|shared|sought|asked|collected|reviewed|considered|taken|gathered|heard)\b|\bour (?:plans?|ambition|intention) (?:is|are) to\b/i;

/**
 * A paragraph that introduces a list of plans or recommendations: "Our priorities for 2025-26 are:",
 * "I recommend that the safeguarding partners:", "Next year we will:". Its items are plans, whatever
 * their verbs ("agree how education is represented at strategic level").
 */
const PLAN_LEAD_IN =
  /\b(?:priorities|plans?|actions|objectives|aims|focus|commitments) (?:for|in|during|over) (?:the )?(?:next|coming|20\d\d)\b|\b(?:we|I) (?:would )?recommend\b|\brecommendations?\b|\b(?:next|coming) year\b|\blooking ahead\b|\bgoing forward\b|\bin the (?:year|months) ahead\b/i;

export function isPlanLeadIn(paragraph: string): boolean {
  const t = paragraph.trim();
  return t.endsWith(':') && t.length <= 300 && (PLAN_LEAD_IN.test(t) || INTENTION.test(t));
}

export function isIntention(sentence: string): boolean {
  return INTENTION.test(sentence);
}

/** `text` with its intention sentences blanked (same length, so offsets still match). */
export function withoutIntentions(text: string): string {
  return withoutMemo.get(text, blankIntentions);
}

const withoutMemo = new TextMemo<string>();

function blankIntentions(text: string): string {
  let out = text;
  for (const [s, e] of sentences(text)) {
    if (isIntention(text.slice(s, e))) out = out.slice(0, s) + text.slice(s, e).replace(/[^\n]/g, ' ') + out.slice(e);
  }
  return out;
}
