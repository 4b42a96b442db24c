/**
 * Snippet helpers. Section templates are LSP snippets (`${1:name of the scrutineer}`); a tab
 * stop left unfilled must still be caught by `content/placeholder`, so every default reads as
 * a placeholder (`[insert name of the scrutineer]`). Clients without snippet support get the
 * same text with the snippet syntax taken out.
 */

/** `${1:name}` -> `${1:[insert name]}` unless the default already reads as a placeholder. */
export function placeholderDefaults(snippet: string): string {
  return snippet.replace(/\$\{(\d+):([^}]*)\}/g, (whole, n: string, text: string) => {
    if (/^\s*\[.*\]\s*$/.test(text) || /^(TBC|£xxx)$/.test(text.trim())) return whole;
    return `\${${n}:[insert ${text.trim()}]}`;
  });
}

/** The text a snippet inserts when no tab stop is edited. */
export function snippetToPlainText(snippet: string): string {
  let out = '';
  let open = 0; // tab stops with defaults we are inside
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]!;
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1]!)) {
      out += snippet[++i];
      continue;
    }
    if (c === '$') {
      const tabStop = /^\$(\d+)|^\$\{(\d+)\}/.exec(snippet.slice(i));
      if (tabStop) {
        i += tabStop[0].length - 1;
        continue;
      }
      const withDefault = /^\$\{(\d+):/.exec(snippet.slice(i));
      if (withDefault) {
        i += withDefault[0].length - 1;
        open++;
        continue; // the default text follows and is kept; its closing brace is dropped below
      }
      const choice = /^\$\{\d+\|([^,|]*)[^}]*\|\}/.exec(snippet.slice(i));
      if (choice) {
        out += choice[1];
        i += choice[0].length - 1;
        continue;
      }
    }
    if (c === '}' && open > 0) {
      open--;
      continue;
    }
    out += c;
  }
  return out;
}
