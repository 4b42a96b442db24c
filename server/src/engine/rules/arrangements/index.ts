/** Every rule of this family; the registry imports this list. */
import type { Rule } from '../rule.js';

export const rules: Rule[] = [];
