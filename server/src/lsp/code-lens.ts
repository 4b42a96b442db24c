/** The coverage lens at the top of each safeguarding document. */
import type { CodeLens } from 'vscode-languageserver';
import { checklist } from '../engine/index.js';
import type { DocumentLint } from './linter.js';
import { SHOW_CHECKLIST_COMMAND } from './protocol.js';

export function coverageTitle(lint: DocumentLint): string | undefined {
  const list = checklist(lint.result);
  if (!list.type) return undefined;
  const total = list.items.length;
  return `Working Together 2023 · ${list.type} · ${list.met} of ${total} met · ${list.partial} partial · ${list.missing} missing`;
}

export function codeLenses(lint: DocumentLint): CodeLens[] {
  const title = coverageTitle(lint);
  if (!title) return [];
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [{ range, command: { title, command: SHOW_CHECKLIST_COMMAND, arguments: [lint.uri] } }];
}
