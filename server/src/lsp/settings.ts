/**
 * Editor settings, asked of the client per document (`workspace/configuration` with the
 * document as scope) and cached per document until the client says they changed. Never kept
 * in a server global: two folders of a multi-root workspace may differ.
 */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type EditorSettings } from './protocol.js';

export class SettingsCache {
  private readonly cache = new Map<string, Promise<EditorSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly clientSupportsConfiguration: () => boolean,
  ) {}

  get(uri: string): Promise<EditorSettings> {
    if (!this.clientSupportsConfiguration()) return Promise.resolve(DEFAULT_SETTINGS);
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'safeguardingLint' })
        .then(normalize, () => DEFAULT_SETTINGS);
      this.cache.set(uri, pending);
    }
    return pending;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}

/** A client may answer with nothing, or with partial or wrongly typed values: keep what is valid. */
export function normalize(value: unknown): EditorSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof EditorSettings, unknown>>;
  return {
    enable: typeof v.enable === 'boolean' ? v.enable : DEFAULT_SETTINGS.enable,
    run: v.run === 'onSave' || v.run === 'onType' ? v.run : DEFAULT_SETTINGS.run,
  };
}
