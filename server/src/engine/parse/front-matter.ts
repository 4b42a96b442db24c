/**
 * YAML front matter with positions: parse errors keep their exact line and column,
 * and any key can be located for a precise finding.
 */
import { parseDocument as parseYaml, isNode, type Document } from 'yaml';
import type { Nodes } from 'mdast';
import type { FrontMatter, YamlProblem } from './model.js';
import type { LineIndex } from './line-index.js';

export function parseFrontMatter(text: string, yamlNode: Nodes | undefined, lines: LineIndex): FrontMatter | undefined {
  if (!yamlNode || yamlNode.type !== 'yaml' || !yamlNode.position) return unclosedFrontMatter(text, lines);
  const start = yamlNode.position.start.offset ?? 0;
  const end = yamlNode.position.end.offset ?? start;
  // The YAML content starts after the opening fence's line break.
  const fenceEnd = text.indexOf('\n', start);
  const base = fenceEnd < 0 ? start : fenceEnd + 1;
  const source = yamlNode.value;
  const doc: Document = parseYaml(source, { prettyErrors: false, uniqueKeys: true });
  const errors: YamlProblem[] = doc.errors.map((e) => ({
    message: firstLine(e.message),
    range: lines.range(base + e.pos[0], base + Math.max(e.pos[0] + 1, e.pos[1])),
  }));
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (err) {
      errors.push({ message: (err as Error).message, range: lines.range(base, base) });
    }
  }
  return {
    data,
    range: lines.range(start, end),
    errors,
    rangeOf(path) {
      // Point at the key when there is one (the value's parent pair), else at the value.
      const parentPath = path.slice(0, -1);
      const last = path[path.length - 1];
      const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
      if (isNode(parent) && 'items' in parent && Array.isArray(parent.items)) {
        for (const item of parent.items as unknown[]) {
          const pair = item as { key?: { value?: unknown; range?: [number, number, number] } };
          if (pair && pair.key && pair.key.value === last && pair.key.range) {
            return lines.range(base + pair.key.range[0], base + pair.key.range[1]);
          }
        }
      }
      const node = doc.getIn(path, true);
      if (isNode(node) && node.range) return lines.range(base + node.range[0], base + node.range[1]);
      return undefined;
    },
  };
}

/** `---` then `key: value` lines with no closing fence: remark sees no front matter, but the author meant one. */
function unclosedFrontMatter(text: string, lines: LineIndex): FrontMatter | undefined {
  if (!/^---[ \t]*\r?\n[ \t]*[A-Za-z_][\w-]*[ \t]*:/.test(text)) return undefined;
  const range = lines.lineRange(1);
  return {
    data: undefined,
    range,
    errors: [{ message: 'front matter opened with "---" on line 1 is never closed with "---"', range }],
    rangeOf: () => undefined,
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
