/** Every rule that applies to any document type; the registry imports this list. */
import type { Rule } from '../rule.js';
import { terminologyRules } from './terminology.js';
import { placeholder, emptySection } from './content.js';
import { frontMatterInvalid, frontMatterUnknownType } from './front-matter.js';

export const rules: Rule[] = [...terminologyRules, placeholder, emptySection, frontMatterInvalid, frontMatterUnknownType];
