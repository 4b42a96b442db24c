/** The project configuration for the server: the engine's resolver, the one the CLI uses. */
import { createConfigResolver, type ConfigResolver } from '../engine/config/index.js';

export type { ConfigResolver };

export function engineConfigResolver(): ConfigResolver {
  return createConfigResolver();
}
