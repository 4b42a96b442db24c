/** Typed wrappers over the server's custom requests. */
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CHECKLIST_REQUEST,
  EXPLAIN_RULE_REQUEST,
  MISSING_SECTIONS_REQUEST,
  type ChecklistResult,
  type ExplainRuleResult,
  type MissingSectionsResult,
} from '../../server/src/lsp/protocol';

export function requestChecklist(client: LanguageClient, uri: string): Promise<ChecklistResult> {
  return client.sendRequest(CHECKLIST_REQUEST, { uri });
}

export function requestExplain(client: LanguageClient, ruleId?: string): Promise<ExplainRuleResult> {
  return client.sendRequest(EXPLAIN_RULE_REQUEST, { ruleId });
}

export function requestMissingSections(client: LanguageClient, uri: string): Promise<MissingSectionsResult> {
  return client.sendRequest(MISSING_SECTIONS_REQUEST, { uri });
}
