/** The presets `extends` names: a severity for every rule. */
import { defaultSeverity, levelToSeverity, type ConfiguredSeverity, type RuleMeta } from '../types.js';
import type { PresetName } from './types.js';

export const DEFAULT_PRESET: PresetName = 'wt2023:recommended';

/**
 * `wt2023:recommended`: every rule at its catalogue severity (must → error, should → warning,
 * consider → info), opt-in rules off. `wt2023:strict`: the same, but "consider" items are
 * warnings too. `reforms-2025`: recommended, plus the info-level checks of the proposed reforms
 * (Keeping Children Safe, Helping Families Thrive; the Children's Wellbeing and Schools Bill).
 */
export function presetRules(preset: PresetName, meta: readonly RuleMeta[]): Record<string, ConfiguredSeverity> {
  const rules: Record<string, ConfiguredSeverity> = {};
  for (const m of meta) {
    if (m.optIn) rules[m.id] = m.optIn === preset ? levelToSeverity(m.level) : 'off';
    else rules[m.id] = preset === 'wt2023:strict' && m.level === 'consider' ? 'warning' : defaultSeverity(m);
  }
  return rules;
}
