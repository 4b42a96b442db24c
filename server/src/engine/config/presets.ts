/** The presets `extends` names: a severity for every rule. */
import { levelToSeverity, type ConfiguredSeverity, type RuleMeta } from '../types.js';
import type { PresetName } from './types.js';

export const DEFAULT_PRESET: PresetName = 'wt2023:recommended';

/**
 * `wt2023:recommended`: every rule at its catalogue severity (must → error, should → warning,
 * consider → info). `wt2023:strict`: the same, but "consider" items are warnings too.
 */
export function presetRules(preset: PresetName, meta: readonly RuleMeta[]): Record<string, ConfiguredSeverity> {
  const rules: Record<string, ConfiguredSeverity> = {};
  for (const m of meta) {
    rules[m.id] = preset === 'wt2023:strict' && m.level === 'consider' ? 'warning' : levelToSeverity(m.level);
  }
  return rules;
}
