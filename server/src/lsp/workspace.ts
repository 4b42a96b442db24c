/** The Markdown files of a workspace folder that the server lints for workspace diagnostics. */
import fg from 'fast-glob';

/** Markdown files under `root`, skipping dependency and build folders. */
export async function findWorkspaceDocuments(root: string): Promise<string[]> {
  return fg(['**/*.md', '**/*.markdown'], {
    cwd: root,
    absolute: true,
    ignore: ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'],
    followSymbolicLinks: false,
    suppressErrors: true,
  });
}
