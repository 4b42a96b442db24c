/**
 * The partnership's documents as the server sees them, for the checks across documents: open
 * documents with their unsaved text, and the workspace's other Markdown files from disk (linted
 * once and kept until the file changes on disk).
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Finding } from '../engine/index.js';
import { crossDocumentFindings, localTarget, projectFile, type ProjectFile } from '../engine/project/index.js';
import { fsPath, type DocumentLint, type Linter } from './linter.js';
import { findWorkspaceDocuments } from './workspace.js';

interface DiskEntry {
  mtimeMs: number;
  file: ProjectFile | undefined;
}

export class ProjectIndex {
  private files: string[] | undefined;
  private readonly disk = new Map<string, DiskEntry>();
  /** Summaries of open documents' lints, made once per lint. */
  private readonly summaries = new WeakMap<object, ProjectFile>();

  constructor(
    private readonly folders: () => string[],
    private readonly documents: TextDocuments<TextDocument>,
    private readonly linter: Linter,
  ) {}

  /** Forget the file list and what was read from disk (files changed on disk). */
  invalidate(): void {
    this.files = undefined;
    this.disk.clear();
  }

  /** Finds the workspace's Markdown files once; later calls reuse the list. True when it looked. */
  async load(): Promise<boolean> {
    if (this.files) return false;
    const all: string[] = [];
    for (const folder of this.folders()) {
      const root = fsPath(folder);
      if (root) all.push(...(await findWorkspaceDocuments(root)));
    }
    this.files = all;
    return all.length > 0;
  }

  /** Cross-document findings for one open document, against every other document known. */
  findingsFor(current: DocumentLint): Finding[] {
    const path = fsPath(current.uri);
    if (!path || current.silent) return [];
    // The editor keeps each open document's model anyway: pass it, so suppressions need no re-parse.
    const me = projectFile(path, current.result, undefined, true);
    if (!me) return [];
    const project: ProjectFile[] = [me];
    // Only a yearly report is compared with another document (the arrangements): anything else
    // needs nothing but its own links checked. The arrangements it links to are read first; the
    // whole workspace only when it links to none.
    if (me.type === 'yearly-report') {
      const linked = this.linkedArrangements(me);
      if (linked.length) project.push(...linked);
      else for (const other of this.others(path)) project.push(other);
    }
    return crossDocumentFindings(project, { exists: (p) => this.isOpen(p) || existsSync(p) }).get(path) ?? [];
  }

  private linkedArrangements(me: ProjectFile): ProjectFile[] {
    const out: ProjectFile[] = [];
    for (const link of me.links) {
      const target = localTarget(link, me.filePath);
      if (!target || target === me.filePath || !/\.(md|markdown)$/i.test(target)) continue;
      const open = this.documents.get(URI.file(target).toString());
      const file = open ? this.summaryOf(target, open) : this.fromDisk(target);
      if (file?.type === 'arrangements' && !out.includes(file)) out.push(file);
    }
    return out;
  }

  private summaryOf(path: string, doc: TextDocument): ProjectFile | undefined {
    const lint = this.linter.lint(doc);
    if (lint.silent) return undefined;
    const summary = this.summaries.get(lint.result) ?? projectFile(path, lint.result, undefined, true);
    if (summary) this.summaries.set(lint.result, summary);
    return summary;
  }

  private isOpen(path: string): boolean {
    return this.documents.get(URI.file(path).toString()) !== undefined;
  }

  private *others(except: string): Generator<ProjectFile> {
    const seen = new Set<string>([except]);
    for (const doc of this.documents.all()) {
      const p = fsPath(doc.uri);
      if (!p || seen.has(p)) continue;
      seen.add(p);
      const summary = this.summaryOf(p, doc);
      if (summary) yield summary;
    }
    for (const p of this.files ?? []) {
      if (seen.has(p)) continue;
      const entry = this.fromDisk(p);
      if (entry) yield entry;
    }
  }

  private fromDisk(path: string): ProjectFile | undefined {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      return undefined;
    }
    const cached = this.disk.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.file;
    let file: ProjectFile | undefined;
    try {
      const uri = URI.file(path).toString();
      const lint = this.linter.lintDetached(TextDocument.create(uri, 'markdown', 0, readFileSync(path, 'utf8')));
      file = lint.silent ? undefined : projectFile(path, lint.result);
    } catch {
      file = undefined;
    }
    this.disk.set(path, { mtimeMs, file });
    return file;
  }
}
