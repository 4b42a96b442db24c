/** ANSI colours for the stylish formatter, off unless the output is a colour terminal. */

export interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const ansi: Colors = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  blue: wrap(34, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const id = (s: string) => s;
export const plain: Colors = { red: id, yellow: id, blue: id, green: id, dim: id, bold: id, underline: id };

/**
 * `--no-color` and NO_COLOR (any non-empty value, no-color.org) turn colour off; FORCE_COLOR
 * (other than 0/false) turns it on; otherwise colour only when writing to a terminal.
 */
export function useColor(flag: boolean, toFile: boolean, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (!flag || toFile) return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return !/^(0|false)$/i.test(env.FORCE_COLOR);
  return Boolean(isTTY) && env.TERM !== 'dumb';
}
