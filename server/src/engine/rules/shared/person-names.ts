/**
 * Recognising a person's name in a table cell, list item or sentence: "Helen Marchbank",
 * "Dr Anil Rao", "Rachel Tennant QPM", "Detective Chief Superintendent Paul Whitfield",
 * "Mr Quilley". Posts ("Chief Executive – Westmere Council"), organisations ("Calder Valley
 * Police", "Westmere Valley Learning Trust") and group names are not names.
 *
 * The recogniser works on runs of capitalised words: a name is two to four name-like words
 * (not post, organisation or common capitalised words) at the end of a run, or one after a
 * title or police rank. A name followed by an organisation word ("Calder Valley Police") is
 * part of the organisation's name.
 */

export interface PersonName {
  /** The name without title, rank or honours ("Paul Whitfield"). */
  name: string;
  /** [start, end) of the name (title included) in the text. */
  start: number;
  end: number;
  /** Title or rank words written before the name ("Detective Chief Superintendent", "Dr"). */
  title: string;
}

/** Courtesy and academic titles. */
const TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'baroness', 'cllr', 'councillor', 'rev', 'revd', 'reverend']);

/** Police ranks and their abbreviations, which also stand before a name. */
const RANKS = new Set(['chief', 'constable', 'superintendent', 'inspector', 'sergeant', 'commander', 'commissioner', 'detective', 'assistant', 'deputy', 'dcs', 'dsu', 'dci', 'di', 'ds', 'supt', 'acc', 'dcc', 'det', 'insp', 'ch', 'temporary', 't/dcs', 't/dsu', 'a/dcs']);

/** Honours and post-nominals that may follow a name. */
const HONOURS = /^(?:QPM|OBE|MBE|CBE|KBE|DBE|KPM|DL|JP|KC|QC|MP|PhD|MD|FRCP|FRCPCH|RN|RGN|RSCN|RMN|BA|MA|MSc|BSc|MBA|DBA|MPH|FRSA|FCIPD|CMgr)$/;

/**
 * Capitalised words that are not parts of names: function words, posts, organisations,
 * services, places' generic parts, months. Lower-cased, possessive removed.
 */
const NOT_NAME = new Set(
  `the a an our we us their this these that those each every all any some both it its he she they his her him them in on at for from to of and or by with as if when where which who what how why under until since after before during between through across also once not no yes new current interim acting joint lead named designated senior head chief executive director deputy assistant corporate strategic managing officer officers manager managers nurse nurses nursing doctor medical quality safeguarding children child childrens young people peoples family families adult adults social care services service education educational learning skills health public protection police policing constabulary constable superintendent inspector sergeant commander commissioner detective council councils borough county city district metropolitan unitary authority authorities local integrated board boards nhs trust trusts foundation hospital hospitals university college colleges school schools academy academies group groups partnership partnerships partner partners executive committee panel forum network networks team teams unit units hub centre center office department directorate division project projects alliance association society federation homes home housing fire rescue ambulance probation youth justice offending community communities voluntary action sector sport sports active faith charity charities independent chair chairs chairing chairperson scrutineer scrutineers scrutiny review reviews reviewer practice agency agencies relevant statutory delegated arrangements arrangement multi multi-agency threshold thresholds levels level need needs early help right time annual yearly report reports plan plans policy policies procedure procedures guidance framework strategy priority priorities vision mission section sections part chapter appendix table figure version contents january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday north south east west central greater upper lower valley vale england english wales welsh scotland scottish uk united kingdom government secretary state ofsted cafcass gp gps mental wellbeing emotional safe safer keeping working together reform regulations regulation act acts data information sharing agreement protocol conference programme training development workforce performance assurance improvement exploitation missing neglect abuse domestic violence reduction harm outside online contextual coroner death overview rapid operational operations operating crime finance financial resources delivery commissioning commissioner transformation integration primary secondary special sixth form further higher pupil referral alternative provision nursery nurseries childminders childminding website email contact tel telephone phone published updated approved signed date term role name post title organisation organization contributor contribution contributions total amount share budget funding item detail details element status owner notes note yes none nil lsp lsps dsp dsps icb ccg mash lado dsl dsls send cic ltd limited plc civic market town hall square road street avenue lane knowledge quarterly monthly annually front door doors gateway portal about introduction foreword summary welcome glossary key vice associate principal headteacher headteachers head teacher teachers trustees governor governors clerk mayor leader member members cabinet portfolio holder`.split(
    /\s+/,
  ),
);

/** Words that, following a name-like run, show it is an organisation's name ("Calder Valley Police"). */
const ORG_WORDS = new Set(
  `police constabulary council board trust trusts foundation hospital hospitals university college school schools academy academies group partnership service services team unit hub centre office department project alliance association society federation network forum homes housing fire rescue cic ltd limited plc authority agency panel committee executive commission institute institution practice practices surgery clinic pcn club clubs sport sports church mosque temple diocese charity`.split(/\s+/),
);

const WORD = /[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*\.?|\//g;

interface Token {
  text: string;
  /** Lower-cased, without a trailing possessive or full stop. */
  key: string;
  start: number;
  end: number;
}

function tokenRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let lastEnd = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const gap = lastEnd < 0 ? '' : text.slice(lastEnd, start);
    const capitalised = /^[A-Z\u00C0-\u00DE]/.test(raw);
    // A run continues across single spaces only (not commas, brackets, dashes or line breaks).
    const joined = lastEnd >= 0 && /^[ \u00A0]$/.test(gap);
    const particle = /^(?:de|da|van|von|der|den|le|la|du|bin|al|el|ap|ben)$/.test(raw);
    if (!joined || (!capitalised && !particle)) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (capitalised || (particle && run.length)) {
      const key = raw.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
      run.push({ text: raw.replace(/\.$/, ''), key, start, end: start + raw.replace(/\.$/, '').length });
    }
    lastEnd = start + raw.length;
  }
  if (run.length) runs.push(run);
  return runs;
}

function nameLike(t: Token): boolean {
  if (NOT_NAME.has(t.key) || TITLES.has(t.key) || RANKS.has(t.key)) return false;
  if (HONOURS.test(t.text)) return false;
  // Acronyms ("ICB", "WSCP") are not names; initials ("J", "A.") are.
  if (t.text.length > 1 && t.text === t.text.toUpperCase()) return false;
  return /[a-z\u00DF-\u00FF]/.test(t.text) || t.text.length === 1;
}

/** Every person's name in `text`, in order. */
export function findPersonNames(text: string): PersonName[] {
  const out: PersonName[] = [];
  for (const run of tokenRuns(text)) {
    // Drop trailing particles picked up at the end of a run.
    while (run.length && /^[a-z]/.test(run[run.length - 1]!.text)) run.pop();
    let i = 0;
    while (i < run.length) {
      if (!nameLike(run[i]!) || /^[a-z]/.test(run[i]!.text)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < run.length && (nameLike(run[j + 1]!) || (/^[a-z]/.test(run[j + 1]!.text) && j + 2 < run.length && nameLike(run[j + 2]!)))) j++;
      const words = run.slice(i, j + 1);
      const next = run[j + 1];
      // Title and rank words right before the name.
      let k = i;
      while (k > 0 && (TITLES.has(run[k - 1]!.key) || RANKS.has(run[k - 1]!.key) || run[k - 1]!.text === '/')) k--;
      const titled = k < i;
      const followedByOrg = next !== undefined && ORG_WORDS.has(next.key);
      const followedByOther = next !== undefined && !HONOURS.test(next.text);
      const count = words.filter((w) => /^[A-Z\u00C0-\u00DE]/.test(w.text)).length;
      const initialsOnly = words.every((w) => w.text.length === 1);
      // "Child Q", "Baby R", "Family T", "Adult L": a review's pseudonym ends in a lone letter, a person's name never does.
      const pseudonym = words.length >= 2 && /^[A-Z]$/.test(words[words.length - 1]!.text);
      // "NHS Sandmere Heath and Crane ICB", "HMP Ashfield": a place after an organisation prefix.
      const afterOrgPrefix = i > 0 && /^(?:nhs|hmp|hmyoi|hmpps)$/.test(run[i - 1]!.key);
      if (!pseudonym && !afterOrgPrefix && !followedByOrg && !followedByOther && !initialsOnly && count <= 4 && (count >= 2 || (titled && count === 1 && words[0]!.text.length > 1))) {
        const start = run[k]!.start;
        out.push({
          name: words.map((w) => w.text).join(' '),
          start,
          end: words[words.length - 1]!.end,
          title: run
            .slice(k, i)
            .map((w) => w.text)
            .join(' '),
        });
      }
      i = j + 1;
    }
  }
  return out;
}

/** The surname, for matching "DCS Lloyd" with "Gareth Lloyd". */
export function surname(name: string): string {
  const words = name.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/** True when two names plausibly name the same person (same surname; first names agree when both are given). */
export function samePerson(a: string, b: string): boolean {
  if (surname(a) !== surname(b)) return false;
  const fa = a.split(/\s+/);
  const fb = b.split(/\s+/);
  if (fa.length < 2 || fb.length < 2) return true;
  return fa[0]!.charAt(0).toLowerCase() === fb[0]!.charAt(0).toLowerCase();
}
