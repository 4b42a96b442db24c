/** The output formats, by name. */
import { eslintJson } from './eslint-json.js';
import { github } from './github.js';
import { htmlFormat } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'html', 'markdown', 'eslint-json'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const FORMATTERS: Record<FormatName, Formatter> = { stylish, json, sarif, junit, github, html: htmlFormat, markdown, 'eslint-json': eslintJson };

export type { FileResult, FormatContext, Formatter, SkippedFile } from './types.js';
