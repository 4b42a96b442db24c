/** Every rule of this family; the registry imports this list. */
import type { Rule } from '../rule.js';
import { earlyHelp } from './early-help.js';
import { section17, section47, section31, section20 } from './statutory-sections.js';
import { proceduresAbuseExploitation, proceduresYouthSecureEstate, proceduresDisabledChildren } from './procedures.js';
import { harmOutsideHome } from './harm-outside-home.js';
import { shortBreaks } from './short-breaks.js';
import { accessible } from './accessible.js';

export const rules: Rule[] = [
  earlyHelp,
  section17,
  section47,
  section31,
  section20,
  proceduresAbuseExploitation,
  proceduresYouthSecureEstate,
  proceduresDisabledChildren,
  harmOutsideHome,
  shortBreaks,
  accessible,
];
