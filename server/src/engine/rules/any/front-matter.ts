/** Front matter: YAML that parses, keys we know, values of the right kind, and a known type. */
import type { Range } from '../../types.js';
import { DOC_TYPES } from '../../types.js';
import { declaredType } from '../../doc-type/decide.js';
import { canonicalType, suggestType } from '../../doc-type/aliases.js';
import { defineRule, type RuleContext } from '../rule.js';
import { nearest } from '../../text/nearest.js';

const DATE = 'date';
const TEXT = 'text';
const TEXTS = 'text or list of texts';
const PERSON = 'person ({name, post, agency}) or text';
const PEOPLE = 'list of people ({name, post, agency})';
const LINKS = 'map of links (arrangements, threshold, yearly_report, local_protocol)';

/** Our keys and the kind of value each takes. */
export const FRONT_MATTER_KEYS: Record<string, string> = {
  type: TEXT,
  title: TEXT,
  partnership: TEXT,
  area: TEXTS,
  local_authorities: TEXTS,
  published: DATE,
  last_updated: DATE,
  next_review: DATE,
  reporting_period: TEXT,
  version: TEXT,
  status: TEXT,
  lead_partners: PEOPLE,
  delegated_partners: PEOPLE,
  chair: PERSON,
  scrutineer: PERSON,
  links: LINKS,
};

/** Keys static-site generators use; allowed at the top level beside ours. */
const SITE_KEYS = new Set(
  'layout permalink date tags categories description author authors draft lang language summary slug weight toc keywords sidebar nav_order parent grand_parent has_children redirect_from image excerpt aliases menu url template sitemap search_exclude nav_exclude last_modified_at'.split(' '),
);

export const frontMatterInvalid = defineRule(
  {
    id: 'frontmatter/invalid',
    level: 'error',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'safeguarding-lint',
    title: 'Front matter that does not parse, or has unknown keys or wrong types',
    description:
      'The YAML between the opening `---` fences must parse (the finding points at the exact line and column of the YAML error), and the keys under `safeguarding:` (or at the top level, when `type:` is there) must be ones the linter knows, with values of the right kind. Keys static-site generators use (`layout`, `permalink`, `tags`…) are allowed at the top level.',
    example: '---\nsafeguarding:\n  type: yearly-report\n  partnership: Westmere Safeguarding Children Partnership\n  reporting_period: 2024/25\n---',
  },
  (ctx) => {
    const fm = ctx.doc.frontMatter;
    if (!fm) return;
    for (const e of fm.errors) ctx.report({ message: `Front matter is not valid YAML: ${e.message}`, range: e.range });
    if (fm.errors.length) return;
    const data = fm.data;
    if (data === null || data === undefined) return;
    if (typeof data !== 'object' || Array.isArray(data)) {
      ctx.report({ message: 'Front matter must be a map of keys and values', range: fm.range });
      return;
    }
    const record = data as Record<string, unknown>;
    if ('safeguarding' in record) {
      const nested = record.safeguarding;
      if (nested === false) return; // the opt-out: nothing else is read
      if (!nested || typeof nested !== 'object' || Array.isArray(nested)) {
        ctx.report({ message: '"safeguarding" must be a map (e.g. "safeguarding: { type: arrangements }"), or false to opt the document out', range: fm.rangeOf(['safeguarding']) ?? fm.range });
        return;
      }
      checkKeys(ctx, nested as Record<string, unknown>, ['safeguarding']);
      for (const key of Object.keys(record)) {
        if (key !== 'safeguarding' && key in FRONT_MATTER_KEYS && !SITE_KEYS.has(key) && key !== 'title') {
          ctx.report({ message: `"${key}" belongs under "safeguarding:" in this document`, range: fm.rangeOf([key]) ?? fm.range });
        }
      }
    } else if ('type' in record) {
      checkKeys(ctx, record, []);
    }
  },
);

function checkKeys(ctx: RuleContext, map: Record<string, unknown>, prefix: string[]): void {
  const fm = ctx.doc.frontMatter!;
  const where = (key: string): Range => fm.rangeOf([...prefix, key]) ?? fm.range;
  for (const [key, value] of Object.entries(map)) {
    const kind = FRONT_MATTER_KEYS[key];
    if (!kind) {
      if (prefix.length === 0 && SITE_KEYS.has(key)) continue;
      const suggestion = nearest(key, Object.keys(FRONT_MATTER_KEYS));
      // At the top level our keys sit beside the author's own ("updated", "owner", "audience"):
      // only a near miss of one of ours is a likely typo. Under "safeguarding:" every key is ours.
      if (prefix.length === 0 && !suggestion) continue;
      ctx.report({ message: `Unknown front matter key "${key}"${suggestion ? `: did you mean "${suggestion}"?` : ''}`, range: where(key) });
      continue;
    }
    const problem = wrongKind(kind, value);
    if (problem) ctx.report({ message: `Front matter "${key}" should be a ${kind}, not ${problem}`, range: where(key) });
  }
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a map' : `a ${typeof value}`;
}

/** Returns how the value is wrong, or undefined when it is fine. */
function wrongKind(kind: string, value: unknown): string | undefined {
  const isText = (v: unknown) => typeof v === 'string' || typeof v === 'number';
  const isPerson = (v: unknown) => isText(v) || (!!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => isText(x) || x === null));
  switch (kind) {
    case TEXT:
      return isText(value) ? undefined : describe(value);
    case TEXTS:
      return isText(value) || (Array.isArray(value) && value.every(isText)) ? undefined : describe(value);
    case DATE:
      return value instanceof Date || typeof value === 'string' ? undefined : describe(value);
    case PERSON:
      return isPerson(value) ? undefined : describe(value);
    case PEOPLE:
      return Array.isArray(value) && value.every(isPerson) ? undefined : describe(value);
    case LINKS:
      return value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string') ? undefined : describe(value);
    default:
      return undefined;
  }
}

export const frontMatterUnknownType = defineRule(
  {
    id: 'frontmatter/unknown-type',
    level: 'warning',
    appliesTo: 'any',
    paragraphs: [],
    citation: 'safeguarding-lint',
    title: 'A document type that is not one of the four',
    description: `The front matter \`type\` must be one of ${DOC_TYPES.map((t) => `\`${t}\``).join(', ')}. A common other name (\`masa\`, \`annual-report\`, \`threshold-document\`, \`protocol\`…) or a slip of a letter or two is read as the type it plainly means, so the document is still checked; the quick fix writes the canonical name. A value that could mean anything gets a suggestion and only the any-document rules run.`,
    example: '---\ntype: threshold\n---',
  },
  (ctx) => {
    const declared = declaredType(ctx.doc);
    if (!declared || (DOC_TYPES as readonly string[]).includes(declared.value)) return;
    const readAs = canonicalType(declared.value);
    const suggestion = readAs ?? suggestType(declared.value);
    const advice = readAs
      ? `: checked as "${readAs}"; write "${readAs}" so every tool reads it the same way`
      : suggestion
        ? `: did you mean "${suggestion}"? Until it is one of ${DOC_TYPES.join(', ')}, only the checks for any document run`
        : ` (one of ${DOC_TYPES.join(', ')}); until it is, only the checks for any document run`;
    // The finding marks the value that is wrong, which is also the span its fix replaces.
    const value = declared.range && valueRange(ctx, declared.range);
    ctx.report({
      message: `Unknown document type "${declared.value}"${advice}`,
      range: value ?? declared.range ?? ctx.doc.frontMatter?.range ?? ctx.doc.lineRange(1),
      fix: suggestion && value ? { kind: 'text', title: `Change the type to "${suggestion}"`, edits: [{ range: value, text: suggestion }] } : undefined,
    });
  },
);

/** The value after `type:` on the key's line (the fix replaces the value, not the key). */
function valueRange(ctx: RuleContext, keyRange: Range): Range | undefined {
  const line = ctx.doc.lineRange(keyRange.start.line);
  const text = ctx.doc.text.slice(line.start.offset, line.end.offset);
  const m = /^(\s*type\s*:\s*)(["']?)([^"'#\n]*?)\2\s*(#.*)?$/.exec(text);
  if (!m) return undefined;
  const from = line.start.offset + m[1]!.length + m[2]!.length;
  return ctx.doc.rangeOf(from, from + m[3]!.length);
}
