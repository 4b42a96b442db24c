/**
 * Joint adults and children documents: what the Safeguarding Adults Board did is not evidence for
 * the children's requirements; the children's part still is.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine/index.js';

const head = '---\ntype: yearly-report\n---\n# Fenmoor Safeguarding Adults Board and Children\'s Partnership: joint annual report 2024/25\n\n';
const status = (text: string, id: string) => lint(text).coverage.find((c) => c.ruleId === id)?.status;

const ADULTS_FEEDBACK =
  '## Safeguarding adults: feedback from people who use services\n\nWe surveyed 220 adults who had been through a safeguarding enquiry. They told us letters were hard to follow, so as a result we rewrote every letter with them.\n\n';
const CHILDREN_FEEDBACK =
  '## Listening to children and families\n\nWe surveyed 400 young people in schools. They told us they felt unsafe at the bus station, and as a result police patrols there were increased.\n\n';

describe('joint adults and children reports', () => {
  it("feedback sought only from adults does not meet the children's feedback requirement", () => {
    expect(status(`${head}${ADULTS_FEEDBACK}`, 'yearly-report/child-family-feedback')).not.toBe('met');
  });

  it("the children's own feedback section still does", () => {
    expect(status(`${head}${ADULTS_FEEDBACK}${CHILDREN_FEEDBACK}`, 'yearly-report/child-family-feedback')).toBe('met');
  });

  it('a section for both boards counts for children', () => {
    const both = CHILDREN_FEEDBACK.replace('## Listening to children and families', '## Listening to adults, children and families');
    expect(status(`${head}${both}`, 'yearly-report/child-family-feedback')).toBe('met');
  });

  it('the adults sections are still checked for outdated terms and placeholders', () => {
    const text = `${head}## Safeguarding Adults Board\n\nThe CCG funds the board's business manager. Budget: TBC.\n`;
    expect(lint(text).findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['terminology/ccg', 'content/placeholder']));
  });
});
