/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers. Every rule the engine
 * has is a reportingDescriptor (so a result's ruleIndex is stable across runs); locations are
 * relative to %SRCROOT% (the working directory), columns are UTF-16 code units, like the engine's.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Artifact, Log, ReportingDescriptor, Result } from 'sarif';
import { docsUrl } from '../../engine/rules/registry.js';
import { relativePosix } from '../../engine/config/index.js';
import { levelToSeverity, type RuleMeta, type Severity } from '../../engine/types.js';
import type { Formatter } from './types.js';

export const SRCROOT = '%SRCROOT%';
const INFORMATION_URI = 'https://github.com/safeguarding-lint/safeguarding-lint';

function sarifLevel(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** `terminology/ccg` -> `TerminologyCcg`: SARIF wants a friendly name distinct from the id. */
function friendlyName(id: string): string {
  return id
    .split(/[/-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.!?)]$/.test(t) ? t : `${t}.`;
}

function descriptor(m: RuleMeta): ReportingDescriptor {
  const example = m.example.replace(/\s+$/, '');
  return {
    id: m.id,
    name: friendlyName(m.id),
    shortDescription: { text: sentence(m.title) },
    fullDescription: { text: sentence(m.description) },
    help: {
      text: `${sentence(m.description)}\n\nAn example that passes:\n\n${example}\n\nSource: ${m.citation}.`,
      markdown: `${sentence(m.description)}\n\nAn example that passes:\n\n\`\`\`\`markdown\n${example}\n\`\`\`\`\n\nSource: ${m.citation}. [Documentation](${docsUrl(m.id)})`,
    },
    helpUri: docsUrl(m.id),
    // Opt-in checks (proposed reforms) are off unless a preset turns them on.
    defaultConfiguration: m.optIn ? { enabled: false, level: sarifLevel(levelToSeverity(m.level)) } : { level: sarifLevel(levelToSeverity(m.level)) },
    properties: {
      tags: ['safeguarding', m.id.split('/')[0]!, m.level],
      citation: m.citation,
      ...(m.paragraphs.length ? { paragraphs: [...m.paragraphs] } : {}),
      appliesTo: m.appliesTo === 'any' ? ['any'] : [...m.appliesTo],
    },
  };
}

/** A URI for a file: relative to %SRCROOT% when it is under the working directory, else absolute. */
function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relativePosix(cwd, filePath);
  if (rel !== undefined) return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(filePath).href };
}

export const sarif: Formatter = (results, ctx) => {
  const index = new Map(ctx.rules.map((m, i) => [m.id, i]));
  const artifacts: Artifact[] = [];
  const sarifResults: Result[] = [];
  results.forEach((r, artifactIndex) => {
    const location = artifactUri(r.filePath, ctx.cwd);
    artifacts.push({ location, sourceLanguage: 'markdown' });
    for (const f of r.findings) {
      const result: Result = {
        ruleId: f.ruleId,
        level: sarifLevel(f.severity),
        message: { text: sentence(f.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { ...location, index: artifactIndex },
              region: {
                startLine: f.range.start.line,
                startColumn: f.range.start.column,
                endLine: f.range.end.line,
                endColumn: f.range.end.column,
              },
            },
          },
        ],
      };
      const ruleIndex = index.get(f.ruleId);
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
      sarifResults.push(result);
    }
  });

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'safeguarding-lint',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: INFORMATION_URI,
            rules: ctx.rules.map(descriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd.endsWith(path.sep) ? ctx.cwd : ctx.cwd + path.sep).href } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
