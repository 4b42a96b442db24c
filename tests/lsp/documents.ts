/** What the language-server tests open: the repository root, virtual document URIs, a small arrangements document. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.join(__dirname, '..', '..');

/** A URI under tests/lsp/virtual/ (no file on disk: the text comes with didOpen). */
export const uriOf = (name: string) => pathToFileURL(path.join(ROOT, 'tests', 'lsp', 'virtual', name)).toString();

/** An arrangements document with two outdated "CCG"s (line 9 and line 13, 0-based). */
export const ARRANGEMENTS = `---
safeguarding:
  type: arrangements
---

# Westmere Safeguarding Children Partnership arrangements

## Our partners

The partners are Westmere Council, Westmere CCG and Westmere Police.

## Funding

The CCG pays a third of the budget.
`;
