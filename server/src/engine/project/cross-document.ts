/**
 * Checks across a partnership's documents, when more than one is linted together (a CLI run over
 * a folder, or an editor workspace):
 * - relative links resolve (the arrangements' links to the threshold document and the yearly
 *   report, the yearly report's link to the arrangements, and any other relative link);
 * - the people named in the arrangements and in the yearly report agree (LSPs, DSPs, chair,
 *   scrutineer, agency by agency);
 * - when the yearly report says the arrangements were updated on a date, the arrangements'
 *   last-updated date is not earlier.
 * Findings are reported on the document that holds the text at fault.
 */
import path from 'node:path';
import type { LintResult } from '../lint.js';
import { stampFinding } from '../lint.js';
import { META_BY_ID } from '../rules/registry.js';
import { applySuppressions } from '../suppressions.js';
import { parseDocument } from '../parse/parse.js';
import { levelToSeverity, type ConfiguredSeverity, type Finding, type Range } from '../types.js';
import type { DocumentModel, Link } from '../parse/model.js';
import { peopleOf, ROLE_NAME, type Person } from '../rules/arrangements/people-model.js';
import { AGENCY_NAME } from '../rules/arrangements/text.js';
import { samePerson } from '../rules/shared/person-names.js';

/**
 * What the checks need of one document: a small summary, so a run over thousands of files does
 * not keep every document model in memory. Make one with `projectFile`.
 */
export interface ProjectFile {
  filePath: string;
  type: LintResult['type'];
  /** The document's text, to find names in it and to apply its suppression comments. */
  text: string;
  links: Link[];
  people: NamedPerson[];
  partnership: string | undefined;
  lastUpdated: { date: Date } | undefined;
  /** Sentences saying when the arrangements were updated. */
  updateClaims: Array<{ day?: number; month: number; year: number; range: Range; words: string }>;
  /** Severities from the configuration that applies to this file. */
  rules?: Readonly<Record<string, ConfiguredSeverity>>;
  /** The model, when the caller keeps it anyway (the editor): suppressions then need no re-parse. */
  model?: DocumentModel;
}

export interface NamedPerson {
  role: Person['role'];
  agency: Person['agency'];
  council: Person['council'];
  name: string;
  range: Range;
}

/** Summarises a lint result for the checks across documents (undefined when it was skipped). */
export function projectFile(
  filePath: string,
  result: LintResult,
  rules?: Readonly<Record<string, ConfiguredSeverity>>,
  keepModel = false,
): ProjectFile | undefined {
  if (!result.type || result.skipped) return undefined;
  const type = result.type;
  const pairs = type === 'arrangements' || type === 'yearly-report';
  const file: ProjectFile = {
    filePath,
    type,
    text: result.model.text,
    links: result.model.links,
    people: pairs ? peopleOf(result.model).all.flatMap((p) => (p.name ? [{ role: p.role, agency: p.agency, council: p.council, name: p.name, range: p.range }] : [])) : [],
    partnership: partnershipOf(result),
    lastUpdated: type === 'arrangements' ? lastUpdated(result) : undefined,
    updateClaims: type === 'yearly-report' ? updateClaims(result) : [],
  };
  if (rules) file.rules = rules;
  if (keepModel) file.model = result.model;
  return file;
}

export interface ProjectHost {
  /** True when a file or folder exists at this absolute path. */
  exists(absolutePath: string): boolean;
}

/** Cross-document findings by file path (suppressions in each file already applied). */
export function crossDocumentFindings(files: readonly ProjectFile[], host: ProjectHost): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  const linted = files;
  const report = (file: ProjectFile, id: string, message: string, range: Range): void => {
    const meta = META_BY_ID.get(id)!;
    const severity = file.rules?.[id] ?? levelToSeverity(meta.level);
    if (severity === 'off') return;
    const list = out.get(file.filePath) ?? [];
    list.push(stampFinding(meta, severity, { message, range }));
    out.set(file.filePath, list);
  };

  for (const file of linted) checkLinks(file, host, report);

  for (const report_ of linted.filter((f) => f.type === 'yearly-report')) {
    const arrangements = pairedArrangements(report_, linted);
    if (!arrangements) continue;
    checkPeople(report_, arrangements, report);
    checkArrangementsDate(report_, arrangements, report);
  }

  // Suppression comments in each file apply to its cross-document findings too. Findings are rare,
  // so the few files that have some are parsed again rather than every model being kept.
  const known = new Set(META_BY_ID.keys());
  for (const file of linted) {
    const found = out.get(file.filePath);
    if (!found) continue;
    out.set(file.filePath, applySuppressions(file.model ?? parseDocument(file.text, file.filePath), found, known).kept);
  }
  return out;
}

type Reporter = (file: ProjectFile, id: string, message: string, range: Range) => void;

/** A link to another file of the repository (not a web address, e-mail or in-page anchor). */
export function localTarget(link: Link, fromFile: string): string | undefined {
  const url = link.url.trim();
  if (!url || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const withoutFragment = url.replace(/[?#].*$/, '');
  if (!withoutFragment) return undefined;
  let decoded = withoutFragment;
  try {
    decoded = decodeURIComponent(withoutFragment);
  } catch {
    /* keep it as written */
  }
  // A site-root link ("/docs/x.md") cannot be resolved without knowing the site: skip it.
  if (decoded.startsWith('/')) return undefined;
  return path.resolve(path.dirname(fromFile), decoded);
}

const THRESHOLD_LINK = /threshold|levels?[ -_]of[ -_]need|continuum|windscreen/i;
const YEARLY_LINK = /annual|yearly|report/i;
const ARRANGEMENTS_LINK = /arrangement/i;

function checkLinks(file: ProjectFile, host: ProjectHost, report: Reporter): void {
  const type = file.type;
  for (const link of file.links) {
    const target = localTarget(link, file.filePath);
    if (!target || host.exists(target)) continue;
    const shown = path.relative(path.dirname(file.filePath), target) || link.url;
    const about = `${link.text} ${link.url}`;
    if (type === 'arrangements' && THRESHOLD_LINK.test(about)) {
      report(file, 'arrangements/threshold-alignment', `The link to the threshold document ("${link.url}") does not resolve: there is no file ${shown}`, link.range);
    } else if (type === 'arrangements' && YEARLY_LINK.test(about)) {
      report(file, 'arrangements/sign-off', `The link to the yearly report ("${link.url}") does not resolve: there is no file ${shown}`, link.range);
    } else if (type === 'yearly-report' && ARRANGEMENTS_LINK.test(about)) {
      report(file, 'yearly-report/sign-off', `The link to the published arrangements ("${link.url}") does not resolve: there is no file ${shown}`, link.range);
    } else {
      report(file, 'cross-document/broken-link', `The link "${link.url}" does not resolve: there is no file ${shown}`, link.range);
    }
  }
}

/**
 * The arrangements a yearly report belongs with: the one it links to, else the only arrangements
 * of the run (when the partnership names, if declared, agree).
 */
function pairedArrangements(yearly: ProjectFile, files: readonly ProjectFile[]): ProjectFile | undefined {
  const arrangements = files.filter((f) => f.type === 'arrangements');
  for (const link of yearly.links) {
    const target = localTarget(link, yearly.filePath);
    const hit = target && arrangements.find((a) => path.resolve(a.filePath) === target);
    if (hit) return hit;
  }
  if (arrangements.length !== 1) return undefined;
  const a = arrangements[0]!.partnership;
  const y = yearly.partnership;
  return a && y && a.toLowerCase() !== y.toLowerCase() ? undefined : arrangements[0];
}

function partnershipOf(result: LintResult): string | undefined {
  const data = result.model.frontMatter?.data as Record<string, unknown> | undefined;
  const nested = data?.safeguarding as Record<string, unknown> | undefined;
  const value = nested?.partnership ?? data?.partnership;
  return typeof value === 'string' ? value.trim() : undefined;
}

function describeRole(p: NamedPerson): string {
  const role = ROLE_NAME[p.role];
  if (p.role === 'chair' || p.role === 'scrutineer') return `the ${role}`;
  return p.agency ? `${AGENCY_NAME[p.agency].of} ${role}` : `a ${role}`;
}

function checkPeople(yearly: ProjectFile, arrangements: ProjectFile, report: Reporter): void {
  const inArrangements = arrangements.people;
  const other = path.relative(path.dirname(yearly.filePath), arrangements.filePath);
  const reported = new Set<string>();
  for (const p of yearly.people) {
    // Same role and agency (and council, in a joint arrangement) in both documents.
    const counterparts = inArrangements.filter((a) => a.role === p.role && a.agency === p.agency && (!a.council || !p.council || a.council === p.council));
    if (!counterparts.length || counterparts.some((a) => samePerson(a.name, p.name))) continue;
    // A name the arrangements mention anywhere is someone they know: a role read differently
    // from the two texts is not a disagreement worth a warning.
    if (arrangements.text.includes(p.name)) continue;
    const key = `${p.role}|${p.agency ?? ''}|${p.name}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const theirs = [...new Set(counterparts.map((a) => a.name))].join(' or ');
    report(yearly, 'cross-document/people-agree', `${capitalise(describeRole(p))} is ${p.name} here but ${theirs} in the arrangements (${other}): update whichever is out of date`, p.range);
  }
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const UPDATED_ON = new RegExp(
  String.raw`\barrangements\b[^.]{0,80}?\b(?:were|was|have been|has been)\s+(?:updated|revised|amended|republished|refreshed)\b[^.]{0,30}?\b(?:in|on)\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(${MONTHS.join('|')})\s+(20\d\d)`,
  'i',
);

/** The arrangements' last-updated (else published) date from front matter. */
function lastUpdated(result: LintResult): { date: Date } | undefined {
  const data = result.model.frontMatter?.data as Record<string, unknown> | undefined;
  const nested = data?.safeguarding as Record<string, unknown> | undefined;
  const root = nested ?? data;
  for (const key of ['last_updated', 'published']) {
    const v = root?.[key];
    const date = v instanceof Date ? v : typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : undefined;
    if (date) return { date };
  }
  return undefined;
}

/** Sentences of a yearly report that say when the arrangements were updated. */
function updateClaims(result: LintResult): ProjectFile['updateClaims'] {
  const out: ProjectFile['updateClaims'] = [];
  for (const block of result.model.blocks) {
    const m = UPDATED_ON.exec(block.text.value);
    if (!m) continue;
    const range = result.model.rangeOf(block.text.sourceOffset(m.index), block.text.sourceEndOffset(m.index + m[0].length));
    const claim: ProjectFile['updateClaims'][number] = { month: MONTHS.indexOf(m[2]!.toLowerCase()), year: Number(m[3]), range, words: `${m[1] ? `${m[1]} ` : ''}${capitalise(m[2]!)} ${m[3]}` };
    if (m[1]) claim.day = Number(m[1]);
    out.push(claim);
  }
  return out;
}

function checkArrangementsDate(yearly: ProjectFile, arrangements: ProjectFile, report: Reporter): void {
  const updated = arrangements.lastUpdated;
  if (!updated) return;
  for (const claim of yearly.updateClaims) {
    // The arrangements must be no older than the start of the day (or month) the report names.
    const start = claim.day ? new Date(Date.UTC(claim.year, claim.month, claim.day)) : new Date(Date.UTC(claim.year, claim.month, 1));
    if (updated.date.getTime() >= start.getTime()) continue;
    const other = path.relative(path.dirname(yearly.filePath), arrangements.filePath);
    const stamp = updated.date.toISOString().slice(0, 10);
    report(yearly, 'cross-document/arrangements-updated', `This report says the arrangements were updated in ${claim.words}, but ${other} was last updated ${stamp}: publish the updated arrangements or correct the date`, claim.range);
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
