/** How the engine decided a document's type, in the words `--verbose` and the reports use. */
import type { TypeDecision } from '../engine/doc-type/decide.js';

export function describeDecision(d: TypeDecision): string {
  switch (d.source) {
    case 'option':
      return 'from --type';
    case 'front-matter':
      return d.reason ? `from ${d.reason}` : 'declared in front matter';
    case 'config':
      return 'from the configuration overrides';
    case 'inferred':
      return `inferred from ${d.reason}`;
    default:
      return d.unknownValue ? `unknown type "${d.unknownValue.value}"` : 'no type';
  }
}
