/** The project configuration for the server: the engine's resolver, the one the CLI uses. */
import { createConfigResolver, type ConfigHost, type ConfigResolver } from '../engine/config/index.js';

export type { ConfigHost, ConfigResolver };

/** `host` serves the text of open configuration documents, so unsaved edits apply. */
export function engineConfigResolver(host?: ConfigHost): ConfigResolver {
  return createConfigResolver(host ? { host } : {});
}
