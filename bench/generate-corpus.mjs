#!/usr/bin/env node
/**
 * Generates a deterministic benchmark corpus of safeguarding documents (Markdown).
 *
 *   node bench/generate-corpus.mjs [--count 2000] [--out .bench/corpus] [--seed 42] [--no-seeds]
 *
 * Seeds: every *.md under samples/ and tests/corpus/ (whatever exists when it runs), split into
 * sections; plus the built-in fragments in corpus-fragments.mjs, so it also works with no seeds.
 * Each file is varied: sections shuffled / dropped / borrowed from other seeds, heading synonyms,
 * levels and numbering styles, renamed partnership / area / people, front matter kept / changed /
 * broken / removed, outdated terms, placeholders, empty sections, hard wrapping, CRLF, and lengths
 * from ~100 to ~1,500 lines (long ones made by repeating appendices, as real partnerships do).
 *
 * The same seed and the same seed documents give byte-identical output. Every file gets its own
 * PRNG stream derived from (seed, partnership, document), so --count only adds or removes files.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { TOPICS, APPENDICES, table } from './corpus-fragments.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const MARKER = '.bench-corpus.json' // lets us wipe the output directory safely on the next run
const TYPES = ['arrangements', 'yearly-report', 'threshold', 'local-protocol']

// ───────────────────────────── PRNG ─────────────────────────────

/** FNV-1a over a string: turns (seed, indices) into a 32-bit stream seed. */
function hash32(s) {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** mulberry32: tiny, fast, good enough for shuffling text. */
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A template expander bound to one PRNG and one context. p('…') expands the template language
 * described in corpus-fragments.mjs; p.int / p.pick / p.chance / p.some / p.shuffle are helpers.
 */
function makeP(rand, ctx) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
  const pick = (arr) => arr[Math.floor(rand() * arr.length)]
  const chance = (q) => rand() < q
  const shuffle = (arr) => {
    const a = arr.slice()
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      ;[a[i], a[j]] = [a[j], a[i]]
    }
    return a
  }
  const some = (arr, lo, hi) => shuffle(arr).slice(0, Math.min(arr.length, int(lo, hi)))
  const lookup = (key) => key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), ctx)
  const p = (template) => {
    let s = template
    // Innermost {…} first, so choices can contain keys and keys can sit inside choices.
    for (let guard = 0; guard < 200; guard++) {
      const m = /\{([^{}]*)\}/.exec(s)
      if (!m) break
      const inner = m[1]
      let out
      if (inner.includes('|')) out = pick(inner.split('|'))
      else if (/^n:\d+-\d+$/.test(inner)) {
        const [lo, hi] = inner.slice(2).split('-').map(Number)
        const v = int(lo, hi)
        out = v >= 10000 ? v.toLocaleString('en-GB') : String(v)
      } else {
        const v = lookup(inner)
        out = v === undefined ? `\u0001${inner}\u0002` : String(v)
      }
      s = s.slice(0, m.index) + out + s.slice(m.index + m[0].length)
    }
    return s.replace(/\u0001/g, '{').replace(/\u0002/g, '}')
  }
  Object.assign(p, { int, pick, chance, shuffle, some, rand, ctx })
  return p
}

// ───────────────────────────── names ─────────────────────────────

const FIRST = ['Helen', 'Anil', 'Rachel', 'Simon', 'Claire', 'Paul', 'Kate', 'James', 'Sarah', 'David', 'Emma', 'Mark', 'Joanne', 'Andrew', 'Fiona', 'Richard', 'Louise', 'Stephen', 'Amanda', 'Gareth', 'Priya', 'Mohammed', 'Aisha', 'Tom', 'Nicola', 'Ian', 'Karen', 'Peter', 'Julie', 'Chris', 'Rebecca', 'Daniel', 'Sian', 'Owen', 'Gemma', 'Matthew', 'Lucy', 'Jonathan', 'Natalie', 'Graham', 'Hannah', 'Neil', 'Alison', 'Rob', 'Yvonne', 'Kwame', 'Grace', 'Farah', 'Imran', 'Deborah', 'Martin', 'Susan', 'Alan', 'Ruth', 'Michael', 'Jane', 'Tariq', 'Bethan', 'Carl', 'Sophie', 'Elaine', 'Victoria', 'Lisa', 'Angela', 'Catherine', 'Elizabeth', 'John', 'Margaret', 'Philip', 'Anne', 'Sunita', 'Rajesh', 'Oliver', 'Patrick', 'Siobhan', 'Wendy', 'Gillian', 'Tracey', 'Dawn', 'Hugh', 'Nadia', 'Ade', 'Chloe', 'Laura', 'Jennifer', 'Samantha', 'Gary', 'Kevin', 'Brian', 'Mary', 'Nigel', 'Colin', 'Lynn', 'Zoe', 'Adam', 'Ben', 'Jo', 'Sam', 'Harriet', 'Bernadette']
const LAST = ['Marchbank', 'Rao', 'Tennant', 'Achebe', 'Hollis', 'Whitfield', 'Lomax', 'Okafor', 'Hughes', 'Patel', 'Evans', 'Clarke', 'Bennett', 'Shaw', 'Akhtar', 'Fletcher', 'Ward', 'Morgan', 'Khan', 'Reid', 'Doyle', 'Barker', 'Sutton', 'Nolan', 'Price', 'Holt', 'Mensah', 'Osei', 'Gill', 'Sharma', 'Lloyd', 'Pryce', 'Fenwick', 'Ashworth', 'Bradshaw', 'Kerr', 'Lindqvist', 'McAllister', 'Quinn', 'Rahman', 'Shah', 'Thorne', 'Underwood', 'Vaughan', 'Walsh', 'Yates', 'Dunmore', 'Ellery', 'Fairbairn', 'Gough', 'Hargreaves', 'Iqbal', 'Jarvis', 'Kowalski', 'Latham', 'Mistry', 'Nwosu', 'Oduya', 'Pemberton', 'Radcliffe', 'Stott', 'Tiwari', 'Usher', 'Varga', 'Wainwright', "O'Brien", 'Adeyemi', 'Birch', 'Coombes', 'Davenport']
const TITLES = ['Dr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Cllr', 'Professor', 'Sir', 'Dame', 'Detective Chief Superintendent', 'Detective Superintendent', 'Chief Superintendent', 'Superintendent', 'Assistant Chief Constable', 'Deputy Chief Constable', 'Chief Constable', 'Detective Chief Inspector', 'Chief Inspector', 'Inspector']
const AREA_A = ['Ash', 'Brook', 'Calder', 'Dun', 'Elm', 'Fen', 'Gran', 'Hal', 'Ivy', 'Kings', 'Lang', 'Mar', 'Nor', 'Oak', 'Pen', 'Red', 'Stan', 'Thorn', 'Wel', 'Yar', 'Kels', 'Wren', 'Sand', 'Hart', 'Brack', 'Cran', 'Gold', 'Hollin', 'Lyn', 'Mill', 'Ravens', 'Silver', 'Tarn', 'Whin', 'Ald', 'Bram', 'Chal', 'Dray', 'Eas', 'Fair']
const AREA_B = ['ford', 'ley', 'mere', 'ton', 'bury', 'dale', 'field', 'wick', 'stead', 'holm', 'worth', 'by', 'moor', 'combe', 'ham', 'bridge', 'thorpe', 'well', 'haven', 'gate']
const PREFIX = ['North ', 'South ', 'East ', 'West ', 'Upper ', 'Greater ', 'Mid ', '', '', '', '', '', '', '', '', '']

function areaName(p) {
  return p.pick(PREFIX) + p.pick(AREA_A) + p.pick(AREA_B)
}
function person(p, title) {
  const t = title ?? (p.chance(0.12) ? p.pick(['Dr', 'Professor']) : '')
  return `${t ? `${t} ` : ''}${p.pick(FIRST)} ${p.pick(LAST)}${p.chance(0.04) ? `-${p.pick(LAST)}` : ''}`
}

/** One fictional partnership: places, agencies, people, dates. Shared by its documents. */
function makePartnership(p, index) {
  const area = areaName(p)
  const multi = p.chance(0.15)
  const area2 = areaName(p)
  const areaFull = multi ? `${area} and ${area2}` : area
  const london = p.chance(0.06)
  const partnership = p.pick([`${areaFull} Safeguarding Children Partnership`, `${areaFull} Safeguarding Children Partnership`, `${areaFull} Children's Safeguarding Partnership`, `${areaFull} Safeguarding Partnership`, `Safeguarding Children in ${areaFull} Partnership`])
  const acronym = partnership.replace(/'s\b/g, '').split(/\s+/).filter((w) => !/^(and|of|in|the)$/i.test(w)).map((w) => w[0]).join('').toUpperCase()
  // Some initials collide with the guidance's own abbreviations; real partnerships avoid those too.
  const acronym2 = /^(LSP|DSP|ICB|CCG|LSCB)$/.test(acronym) ? `${acronym}C` : acronym
  const la = london ? `London Borough of ${area}` : p.pick([`${area} Council`, `${area} County Council`, `${area} Borough Council`, `${area} Metropolitan Borough Council`, `${area} City Council`])
  const la2 = london ? `London Borough of ${area2}` : `${area2} Council`
  const region = p.chance(0.5) ? `${area} and ${areaName(p)}` : areaName(p)
  const icb = p.pick([`NHS ${region} Integrated Care Board`, `NHS ${region} Integrated Care Board`, `NHS ${region} ICB`])
  const county = p.chance(0.5) ? area : region.split(' and ')[0]
  const police = london ? 'Metropolitan Police Service' : p.pick([`${county} Police`, `${county} Constabulary`, `${county} Police`])
  const year = p.int(2019, 2025)
  const people = {
    laLsp: { name: person(p), role: p.chance(0.82) ? p.pick(['Chief Executive', 'Chief Executive (Head of Paid Service)', 'Chief Executive']) : "Director of Children's Services" },
    icbLsp: { name: person(p), role: 'Chief Executive' },
    policeLsp: { name: person(p, ''), role: london ? 'Commissioner of Police of the Metropolis' : p.chance(0.9) ? 'Chief Constable' : 'Deputy Chief Constable' },
    laDsp: { name: person(p), role: p.pick(["Director of Children's Services", "Executive Director of Children's Services", 'Corporate Director, Children and Families', 'Strategic Director for People']) },
    icbDsp: { name: person(p), role: p.pick(['Chief Nursing Officer', 'Director of Nursing and Quality', 'Chief Nurse', 'Director of Safeguarding']) },
    policeDsp: { name: person(p, ''), role: p.chance(0.85) ? p.pick(['Detective Chief Superintendent, Head of Public Protection', 'Assistant Chief Constable', 'Area Commander', 'Head of Public Protection']) : p.pick(['Detective Chief Inspector', 'Inspector', 'Chief Inspector']) },
    scrutineer: { name: person(p), role: 'Independent Scrutineer' },
    edu: { name: person(p), role: p.pick(['Headteacher representative', 'Head of Education Safeguarding', 'Director of Education', `Headteacher, ${area} Academy`]) },
    manager: { name: person(p), role: 'Partnership Business Manager' },
  }
  people.chair = p.chance(0.85) ? { ...p.pick([people.laDsp, people.icbDsp, people.policeDsp]) } : { name: person(p), role: 'Independent Chair' }
  if (p.chance(0.05)) people.scrutineer = { ...people.chair, role: `${people.chair.role} and Independent Scrutineer` }
  const slug = areaFull.toLowerCase().replace(/[^a-z]+/g, '-')
  return { index, area, area2, areaFull, multi, partnership, acronym: acronym2, la, la2, icb, police, region, year, people, slug }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Per-document context: the partnership plus this document's type, dates and file names. */
function docContext(part, type, year, p, files) {
  const published = `${p.int(1, 28)} ${p.pick(MONTHS)} ${type === 'yearly-report' ? year + 1 : year}`
  const what = {
    arrangements: 'the multi-agency safeguarding arrangements',
    'yearly-report': `what the partnership did in ${year}/${String(year + 1).slice(2)} and how effective it was`,
    threshold: 'the levels of need and the threshold for each service',
    'local-protocol': 'the local protocol for assessment and support',
  }[type]
  return {
    ...part,
    type,
    year,
    yearNext: year + 1,
    yearNextShort: String(year + 1).slice(2),
    period: `${year}/${String(year + 1).slice(2)}`,
    date: { published, review: `${p.pick(MONTHS)} ${year + p.int(1, 3)}`, month: p.pick(MONTHS), iso: `${type === 'yearly-report' ? year + 1 : year}-${String(p.int(1, 12)).padStart(2, '0')}-${String(p.int(1, 28)).padStart(2, '0')}` },
    doc: { what },
    // Links as authors write them: mostly URL-encoded, sometimes with raw spaces (a broken link).
    thresholdFile: linkTarget(files.threshold, p),
    reportFile: linkTarget(files['yearly-report'], p),
    arrangementsFile: linkTarget(files.arrangements, p),
  }
}

function linkTarget(file, p) {
  if (!file) return 'missing.md'
  return p.chance(0.9) ? encodeURI(file) : file
}

// ───────────────────────────── seeds ─────────────────────────────

function listMd(dir) {
  const out = []
  const walk = (d) => {
    let entries
    try {
      entries = fs.readdirSync(d, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else if (e.isFile() && e.name.endsWith('.md')) out.push(full)
    }
  }
  walk(dir)
  return out
}

const NUMBERING = /^(?:(?:section|part)\s+\d+[:.]?\s+|\d+(?:\.\d+)*[.):]?\s+|[A-Z][.)]\s+|[ivx]+[.)]\s+)/i

function detectType(fm, file, text) {
  const m = /^\s*type:\s*["']?([\w-]+)/m.exec(fm ?? '')
  if (m && TYPES.includes(m[1])) return m[1]
  const s = `${path.basename(file)} ${text.slice(0, 400)}`.toLowerCase()
  if (/yearly|annual/.test(s)) return 'yearly-report'
  if (/threshold|levels? of need|continuum/.test(s)) return 'threshold'
  if (/protocol/.test(s)) return 'local-protocol'
  if (/arrangements/.test(s)) return 'arrangements'
  return null
}

function topicFor(heading, type) {
  const h = heading.replace(NUMBERING, '').trim()
  return TOPICS.find((t) => (!type || t.types.includes(type)) && t.match.test(h))?.id ?? null
}

/** Splits a seed into front matter, title, preamble and top-level sections (with sub-headings). */
function parseSeed(file) {
  let text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  text = text.replace(/<!--\s*expect[\s\S]*?-->\n?/g, '') // fixtures' inline expectations are not document text
  let fm = null
  const fmm = /^---\n([\s\S]*?)\n---\n/.exec(text)
  if (fmm) {
    fm = fmm[1]
    text = text.slice(fmm[0].length)
  }
  const lines = text.split('\n')
  const heads = []
  let fence = null
  lines.forEach((l, i) => {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(l)
    if (f) fence = fence ? (f[1][0] === fence[0] && f[1].length >= fence.length ? null : fence) : f[1]
    else if (!fence) {
      const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(l)
      if (h) heads.push({ i, level: h[1].length, text: h[2] })
    }
  })
  let title = null
  let start = 0
  if (heads.length && heads[0].level === 1) {
    title = heads[0].text
    start = 1
  }
  const rest = heads.slice(start)
  const levels = rest.map((h) => h.level).filter((l) => l >= 2)
  const L = levels.length ? Math.min(...levels) : 2
  const tops = rest.filter((h) => h.level <= L)
  const type = detectType(fm, file, text)
  const bodyFrom = title ? heads[0].i + 1 : 0
  const preamble = lines.slice(bodyFrom, tops.length ? tops[0].i : lines.length)
  const sections = tops.map((h, k) => {
    const body = lines.slice(h.i + 1, k + 1 < tops.length ? tops[k + 1].i : lines.length)
    // Keep sub-headings relative to the section heading so re-levelling can shift them.
    const rel = body.map((l) => l.replace(/^(#{1,6})(?=\s)/, (m) => '\u0000'.repeat(Math.max(1, m.length - h.level))))
    return { heading: h.text.replace(NUMBERING, '').trim() || h.text, topic: topicFor(h.text, type), lines: trimBlank(rel), source: 'seed' }
  })
  const area = /^\s*area:\s*["']?([^"'\n]+)/m.exec(fm ?? '')?.[1]?.trim()
  return { file, type, fm, title, preamble: trimBlank(preamble), sections, area }
}

function trimBlank(lines) {
  let a = 0
  let b = lines.length
  while (a < b && !lines[a].trim()) a++
  while (b > a && !lines[b - 1].trim()) b--
  return lines.slice(a, b)
}

/** Finds the partnership areas and people named in a seed, to rename them consistently. */
function seedRenamer(seed, ctx, p) {
  const text = [seed.title ?? '', ...seed.preamble, ...seed.sections.flatMap((s) => [s.heading, ...s.lines])].join('\n')
  const areas = new Set(seed.area ? [seed.area] : [])
  for (const m of text.matchAll(/\b((?:[A-Z][\w'’-]+)(?:(?:,| and| &)? [A-Z][\w'’-]+){0,3}) (?:Safeguarding Children(?:'s)? Partnership|Children['’]s Safeguarding Partnership|Safeguarding Partnership)/g)) {
    const a = m[1].replace(/^(The|Our|A) /, '')
    if (a.length > 2) areas.add(a)
  }
  const names = new Map()
  const first = new Set(FIRST)
  const titles = TITLES.map((t) => t.replace(/ /g, '\\s')).join('|')
  const re = new RegExp(`\\b(?:(${titles})\\s)?([A-Z][a-z]+)\\s([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)\\b`, 'g')
  for (const m of text.matchAll(re)) {
    if (!(m[1] || first.has(m[2]))) continue
    if (areas.has(m[2]) || /^(Council|Police|Board|Partnership|Service|Group|Care|Children)$/.test(m[3])) continue
    const key = `${m[2]} ${m[3]}`
    if (!names.has(key)) names.set(key, `${p.pick(FIRST)} ${p.pick(LAST)}`)
  }
  const pairs = [...[...areas].map((a) => [a, ctx.areaFull]), ...names].sort((x, y) => y[0].length - x[0].length)
  if (!pairs.length) return (s) => s
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const all = new RegExp(`\\b(?:${pairs.map(([a]) => esc(a)).join('|')})\\b`, 'g')
  const map = new Map(pairs)
  return (s) => s.replace(all, (m) => map.get(m) ?? m)
}

// ───────────────────────────── documents ─────────────────────────────

const TITLES_BY_TYPE = {
  arrangements: ['{partnership}: Multi-Agency Safeguarding Arrangements', 'Multi-Agency Safeguarding Arrangements {year}', '{partnership} — Published Arrangements', 'Our safeguarding arrangements', '{acronym} Safeguarding Arrangements ({date.month} {year})'],
  'yearly-report': ['{partnership} Yearly Report {period}', '{partnership}: Annual Report {year}–{yearNextShort}', 'Yearly Report April {year} to March {yearNext}', '{acronym} Yearly Report {period}', 'Safeguarding Children Partnership Annual Report {period}'],
  threshold: ['{areaFull} Threshold Document', 'Continuum of Need: Threshold Guidance', 'Levels of Need in {areaFull}', 'Right Help, Right Time: {areaFull} Thresholds', '{partnership} Threshold of Needs'],
  'local-protocol': ['Local Protocol for Assessment and Support', '{la} Local Assessment Protocol', 'Assessment and Support Protocol {year}', '{areaFull} Local Protocol for Assessment'],
}
const FILE_NAMES = {
  arrangements: ['arrangements.md', 'multi-agency-safeguarding-arrangements.md', '{acronym}-Arrangements-{year}.md', 'Safeguarding Arrangements.md'],
  'yearly-report': ['yearly-report-{year}-{yearNextShort}.md', '{acronym}_Annual_Report_{year}-{yearNextShort}.md', 'annual-report.md', 'Yearly Report {year}-{yearNextShort}.md'],
  threshold: ['threshold-document.md', 'thresholds-of-need.md', 'continuum-of-need.md', 'Threshold Document.md'],
  'local-protocol': ['local-protocol.md', 'assessment-protocol.md', 'Local Protocol for Assessment.md'],
}

/** Section bodies from a built-in topic. */
function topicSection(topic, p) {
  const lines = topic.lines ? topic.lines(p.ctx, p) : blocks(topic.body, p, 1, topic.body.length)
  return { heading: p.pick(topic.headings), topic: topic.id, lines, source: 'builtin' }
}
function blocks(paras, p, lo, hi) {
  const chosen = paras.filter(() => true)
  const n = p.int(lo, hi)
  const keep = new Set(p.shuffle(chosen.map((_, i) => i)).slice(0, n))
  const out = []
  chosen.forEach((para, i) => {
    if (!keep.has(i)) return
    if (out.length) out.push('')
    out.push(...p(para).split('\n'))
  })
  return out
}

function appendixSection(p, letter) {
  const a = p.pick(APPENDICES)
  const name = p.pick(a.names)
  const saved = p.ctx.name
  p.ctx.name = name
  const heading = `Appendix ${letter}: ${p(p.pick(a.title))}`
  const lines = a.lines(p.ctx, p)
  p.ctx.name = saved
  return { heading, topic: 'appendix', lines, source: 'appendix' }
}

function frontMatter(ctx, p, title) {
  const r = p.rand()
  const t = ctx.type
  const base = [`type: ${t}`, `partnership: ${ctx.partnership}`, `area: ${ctx.areaFull}`, `published: ${ctx.date.iso}`]
  if (p.chance(0.6)) base.push(`last_updated: ${ctx.year + p.int(0, 1)}-${String(p.int(1, 12)).padStart(2, '0')}-${String(p.int(1, 28)).padStart(2, '0')}`)
  if (t === 'yearly-report' && p.chance(0.5)) base.push(`period: ${ctx.period}`)
  if (r < 0.42) return ['---', 'safeguarding:', ...base.map((l) => `  ${l}`), '---']
  if (r < 0.64) return ['---', ...base, '---']
  if (r < 0.68) return ['---', `title: "${title.replace(/"/g, "'")}"`, `type: ${t}`, '---']
  if (r < 0.73) return ['---', `type: ${p.pick({ arrangements: ['arrangement', 'safeguarding-arrangements', 'mash'], 'yearly-report': ['annual-report', 'yearly_report', 'report'], threshold: ['thresholds', 'levels-of-need'], 'local-protocol': ['protocol', 'local_protocol'] }[t])}`, `partnership: ${ctx.partnership}`, '---']
  if (r < 0.77) return ['---', ...base, `author: ${ctx.people.manager.name}`, `tags: [safeguarding, ${t}]`, `draft: ${p.pick(['true', 'false'])}`, '---']
  if (r < 0.8) {
    // Broken YAML, the kinds people actually produce.
    return p.pick([
      ['---', `type: ${t}`, `partnership: "${ctx.partnership}`, '---'],
      ['---', 'safeguarding:', `  type: ${t}`, ` partnership: ${ctx.partnership}`, '---'],
      ['---', `type: ${t}`, `published: ${ctx.date.published}: draft`, '\tarea: x', '---'],
      ['---', 'safeguarding: [type: ' + t, '---'],
    ])
  }
  if (r < 0.81) return ['---', '---']
  return null
}

const HEADING_STYLES = ['plain', 'plain', 'plain', 'num-dot', 'num-dot', 'num', 'section', 'paren', 'letter']
function numberLabel(style, i) {
  switch (style) {
    case 'num-dot': return `${i + 1}. `
    case 'num': return `${i + 1} `
    case 'section': return `Section ${i + 1}: `
    case 'paren': return `${i + 1}) `
    case 'letter': return `${String.fromCharCode(65 + (i % 26))}. `
    default: return ''
  }
}

function wrapLine(line, width) {
  if (line.length <= width || /^\s*(\||#|>|!|```|<|\*\*\w[^*]*\*\*$)/.test(line) || /^\u0000/.test(line)) return [line]
  const lm = /^(\s*(?:[-*+]|\d+[.)])\s+)/.exec(line)
  const lead = lm ? lm[1] : ''
  const indent = ' '.repeat(lead.length)
  const words = line.slice(lead.length).split(' ')
  const out = []
  let cur = lead
  for (const w of words) {
    if (cur.trim() && (cur + w).length > width) {
      out.push(cur.trimEnd())
      cur = indent
    }
    cur += `${w} `
  }
  if (cur.trim()) out.push(cur.trimEnd())
  return out
}

const OUTDATED = [
  (s, ctx) => s.replace(/Integrated Care Boards?/g, (m) => m.replace('Integrated Care Board', 'Clinical Commissioning Group')).replace(/\bICBs?\b/g, (m) => m.replace('ICB', 'CCG')).replace(/integrated care boards?/g, (m) => m.replace('integrated care board', 'clinical commissioning group')),
  () => null,
]
const OUTDATED_SENTENCES = [
  'The {Local Safeguarding Children Board|LSCB} {meets quarterly|oversees this work|receives this report}.',
  'The partnership replaced the {areaFull} Local Safeguarding Children Board (LSCB) in {2018|2019}.',
  '{people.chair.name} is the independent chair of the partnership.',
  'The {Independent Chair|independent chair} {leads the Executive Group|also provides scrutiny}.',
  'These arrangements follow Working Together to Safeguard Children 2018.',
  'This is in line with {Working Together 2018|Working Together to Safeguard Children (2018)}.',
  'Data are drawn from Public Health England {profiles|fingertips}.',
  'Children placed in a secure college are included.',
  'The {CCG|clinical commissioning group} designated nurse {attends|chairs} the group.',
]
const PLACEHOLDERS = ['TBC', '[insert date]', 'TODO: add figures for {period}', '<name>', 'xxx', '${1:Partner name}', '[Insert name of partner]', 'TBA', '[add link]']

/** Builds one document's lines (LF); the caller decides line endings. */
function buildDocument(ctx, p, seeds, opts) {
  const type = ctx.type
  const ofType = seeds.filter((s) => s.type === type)
  const base = ofType.length && p.chance(0.55) ? p.pick(ofType) : null
  const rename = base ? seedRenamer(base, ctx, p) : (s) => s
  const title = base?.title && p.chance(0.5) ? rename(base.title) : p(p.pick(TITLES_BY_TYPE[type]))

  // 1. Sections: the base seed's (renamed), then borrowed seed sections and built-in topics not yet present.
  let sections = base ? base.sections.map((s) => ({ ...s, heading: rename(s.heading), lines: s.lines.map(rename) })) : []
  const have = new Set(sections.map((s) => s.topic).filter(Boolean))
  const topics = TOPICS.filter((t) => t.types.includes(type) && !t.appendix)
  for (const t of topics) {
    if (have.has(t.id)) continue
    if (t.optional !== undefined && !p.chance(t.optional)) continue
    if (base && !p.chance(0.35)) continue
    const donors = ofType.filter((s) => s !== base).flatMap((s) => s.sections.filter((x) => x.topic === t.id).map((x) => ({ x, s })))
    if (donors.length && p.chance(0.5)) {
      const { x, s } = p.pick(donors)
      const rn = seedRenamer(s, ctx, p)
      sections.push({ ...x, heading: rn(x.heading), lines: x.lines.map(rn) })
    } else sections.push(topicSection(t, p))
    have.add(t.id)
  }
  // Introduction-like sections stay first; the rest is shuffled a little (or a lot, sometimes).
  const firsts = sections.filter((s) => TOPICS.find((t) => t.id === s.topic)?.first)
  let restS = sections.filter((s) => !firsts.includes(s))
  if (!base) restS = p.shuffle(restS)
  else if (p.chance(0.3)) {
    for (let k = p.int(1, 4); k > 0 && restS.length > 1; k--) {
      const i = p.int(0, restS.length - 2)
      ;[restS[i], restS[i + 1]] = [restS[i + 1], restS[i]]
    }
  } else if (p.chance(0.05)) restS = p.shuffle(restS)
  sections = [...firsts, ...restS]
  // 2. Drop some sections: real documents miss things, which is what the linter is for.
  const dropRate = p.pick([0, 0.05, 0.12, 0.25])
  sections = sections.filter((s, i) => i === 0 || !p.chance(dropRate))
  // 3. Heading synonyms.
  for (const s of sections) {
    const t = TOPICS.find((x) => x.id === s.topic)
    if (t && p.chance(0.6)) s.heading = p.pick(t.headings)
  }
  if (p.chance(0.35)) {
    const g = TOPICS.find((t) => t.id === 'glossary')
    sections.push({ heading: p.pick(g.headings), topic: 'glossary', lines: g.lines(ctx, p), source: 'builtin' })
  }
  // 4. Outdated terms, placeholders, empty sections.
  const oldDoc = ctx.year <= 2021
  if (p.chance(oldDoc ? 0.6 : 0.22)) {
    if (p.chance(0.4)) for (const s of sections) s.lines = s.lines.map((l) => OUTDATED[0](l, ctx))
    for (let k = p.int(1, 3); k > 0 && sections.length; k--) {
      const s = p.pick(sections)
      s.lines = [...s.lines, '', p(p.pick(OUTDATED_SENTENCES))]
    }
  }
  if (p.chance(0.2)) {
    for (let k = p.int(1, 4); k > 0 && sections.length; k--) {
      const s = p.pick(sections)
      const ph = p(p.pick(PLACEHOLDERS))
      const idx = s.lines.findIndex((l) => /[A-Z][a-z]+ [A-Z][a-z]+|\d{4}/.test(l) && !/^\|/.test(l))
      if (p.chance(0.3)) s.lines = [ph]
      else if (idx >= 0 && p.chance(0.6)) s.lines[idx] = s.lines[idx].replace(/\b\d{1,2} [A-Z][a-z]+ \d{4}\b|\b[A-Z][a-z]+ [A-Z][a-z]+\b/, ph)
      else s.lines = [...s.lines, '', ph]
    }
  }
  if (p.chance(0.1) && sections.length > 2) p.pick(sections.slice(1)).lines = []

  // 5. Render with this document's style, growing it with appendices up to the target length.
  const style = {
    level: p.pick([2, 2, 2, 2, 2, 3, 1]),
    numbering: p.pick(HEADING_STYLES),
    setext: p.chance(0.06),
    closing: p.chance(0.03),
    titleStyle: p.pick(['atx', 'atx', 'atx', 'atx', 'setext', 'none']),
    wrap: p.chance(0.4) ? p.int(72, 100) : 0,
    trailing: p.chance(0.08),
  }
  const fm = p.chance(0.9) || !base?.fm ? frontMatter(ctx, p, title) : ['---', ...base.fm.split('\n').map(rename), '---']
  const preamble = base && p.chance(0.7) ? base.preamble.map(rename) : []
  let letter = 0
  const render = () => {
    const out = []
    if (fm) out.push(...fm, '')
    if (style.titleStyle === 'atx' || (style.titleStyle === 'none' && !fm)) out.push(`# ${title}`, '')
    else if (style.titleStyle === 'setext') out.push(title, '='.repeat(Math.min(title.length, p.int(3, 80))), '')
    if (preamble.length) out.push(...preamble, '')
    sections.forEach((s, i) => {
      const label = s.source === 'appendix' ? '' : numberLabel(style.numbering, i)
      const text = label + s.heading
      if (style.setext && style.level <= 2) out.push(text, (style.level === 1 ? '=' : '-').repeat(Math.max(3, Math.min(text.length, 60))))
      else out.push(`${'#'.repeat(style.level)} ${text}${style.closing ? ` ${'#'.repeat(style.level)}` : ''}`)
      out.push('')
      for (const l of s.lines) {
        const rel = /^\u0000+/.exec(l)
        const line = rel ? `${'#'.repeat(Math.min(6, style.level + rel[0].length))}${l.slice(rel[0].length)}` : l
        if (style.wrap) out.push(...wrapLine(line, style.wrap))
        else out.push(line)
      }
      if (s.lines.length) out.push('')
    })
    return out
  }
  let lines = render()
  // Too long for its target (seeds are long): drop sections, as a shorter document would not have them.
  while (lines.length > opts.target * 1.25 && sections.length > 4) {
    sections.splice(p.int(1, sections.length - 1), 1)
    lines = render()
  }
  while (lines.length < opts.target && letter < 200) {
    // Add a handful at a time: re-rendering after every appendix is quadratic for the long ones.
    const batch = Math.max(1, Math.floor((opts.target - lines.length) / 60))
    for (let k = 0; k < batch; k++) sections.push(appendixSection(p, letter < 26 ? String.fromCharCode(65 + letter++) : `${++letter}`))
    lines = render()
  }
  if (style.trailing) lines = lines.map((l) => (l && p.chance(0.1) ? `${l}${p.pick(['  ', ' ', '\t'])}` : l))
  return lines
}

// ───────────────────────────── main ─────────────────────────────

function parseArgs(argv) {
  const o = { count: 2000, out: '.bench/corpus', seed: 42, quiet: false, seeds: true }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const v = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`)
      return argv[++i]
    }
    if (a === '--count') o.count = Number(v())
    else if (a === '--out') o.out = v()
    else if (a === '--seed') o.seed = Number(v())
    else if (a === '--quiet') o.quiet = true
    else if (a === '--no-seeds') o.seeds = false
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/generate-corpus.mjs [--count 2000] [--out .bench/corpus] [--seed 42] [--no-seeds] [--quiet]')
      console.log('  --no-seeds  use only the built-in fragments (a corpus that does not change when samples/ does)')
      process.exit(0)
    } else throw new Error(`unknown argument: ${a}`)
  }
  if (!Number.isInteger(o.count) || o.count < 1) throw new Error('--count must be a positive integer')
  if (!Number.isFinite(o.seed)) throw new Error('--seed must be a number')
  return o
}

/** Removes a previous corpus, but only one this script made (it carries the marker file). */
function prepareOut(out) {
  if (fs.existsSync(out)) {
    const entries = fs.readdirSync(out)
    if (entries.length && !entries.includes(MARKER)) throw new Error(`${out} is not empty and was not made by this script; refusing to delete it`)
    fs.rmSync(out, { recursive: true, force: true })
  }
  fs.mkdirSync(out, { recursive: true })
}

/**
 * Target length: mostly 100–200 lines, some up to 500, a few up to 1,500 (grown with appendices).
 * The mean (~250 lines, ~14 kB) keeps a 2,000-file run of the slowest tool within a few minutes.
 */
function targetLines(p) {
  const r = p.rand()
  if (r < 0.7) return p.int(100, 200)
  if (r < 0.92) return p.int(200, 500)
  if (r < 0.98) return p.int(500, 1000)
  return p.int(1000, 1500)
}

export function generate({ count, out, seed, quiet, seeds: useSeeds = true }) {
  const t0 = performance.now()
  const outDir = path.resolve(ROOT, out)
  const seedFiles = useSeeds ? [...listMd(path.join(ROOT, 'samples')), ...listMd(path.join(ROOT, 'tests', 'corpus'))] : []
  const seeds = seedFiles.map(parseSeed).filter((s) => s.type && s.sections.length)
  prepareOut(outDir)
  let files = 0
  let lines = 0
  let bytes = 0
  const byType = Object.fromEntries(TYPES.map((t) => [t, 0]))
  let crlf = 0
  for (let pi = 0; files < count; pi++) {
    const pp = makeP(mulberry32(hash32(`${seed}:p:${pi}`)), {})
    const part = makePartnership(pp, pi)
    const dir = path.join(outDir, `p${String(pi + 1).padStart(4, '0')}-${part.slug}`.replace(/-+$/, ''))
    const plan = TYPES.filter(() => pp.chance(0.9)).map((type) => ({ type, year: type === 'arrangements' ? pp.pick([part.year, 2024, 2024, 2025]) : part.year }))
    if (pp.chance(0.35)) plan.push({ type: 'yearly-report', year: part.year - pp.int(1, 3), archive: pp.chance(0.3) })
    const names = {}
    for (const d of plan) names[d.type] ??= makeP(mulberry32(hash32(`${seed}:n:${pi}:${d.type}`)), { ...part, year: d.year, yearNextShort: String(d.year + 1).slice(2) })(pp.pick(FILE_NAMES[d.type]))
    fs.mkdirSync(dir, { recursive: true })
    for (const [di, d] of plan.entries()) {
      if (files >= count) break
      const rand = mulberry32(hash32(`${seed}:d:${pi}:${di}`))
      const ctx = docContext(part, d.type, d.year, makeP(rand, {}), names)
      const expand = makeP(rand, ctx)
      const docLines = buildDocument(ctx, expand, seeds, { target: targetLines(expand) })
      const isCrlf = expand.chance(0.03)
      let text = docLines.join(isCrlf ? '\r\n' : '\n') + (isCrlf ? '\r\n' : '\n')
      if (expand.chance(0.01)) text = `\uFEFF${text}`
      let name = di > 0 && names[d.type] && plan.findIndex((x) => x.type === d.type) !== di ? `yearly-report-${d.year}-${String(d.year + 1).slice(2)}.md` : names[d.type]
      const target = d.archive ? path.join(dir, 'archive', name) : path.join(dir, name)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, text)
      files++
      lines += docLines.length
      bytes += Buffer.byteLength(text)
      byType[d.type]++
      if (isCrlf) crlf++
    }
  }
  const summary = { seed, count: files, lines, bytes, byType, crlf, seeds: seeds.map((s) => path.relative(ROOT, s.file)) }
  fs.writeFileSync(path.join(outDir, MARKER), `${JSON.stringify(summary, null, 2)}\n`)
  if (!quiet) {
    const secs = ((performance.now() - t0) / 1000).toFixed(1)
    console.log(`Generated ${files} files, ${lines.toLocaleString('en-GB')} lines, ${(bytes / 1048576).toFixed(1)} MB in ${path.relative(process.cwd(), outDir) || outDir} (seed ${seed}, ${secs} s)`)
    console.log(`  by type: ${TYPES.map((t) => `${t} ${byType[t]}`).join(', ')}; CRLF ${crlf}`)
    console.log(`  seed documents: ${seeds.length}${seeds.length ? ` (${summary.seeds.join(', ')})` : ' (built-in fragments only)'}`)
  }
  return summary
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    generate(parseArgs(process.argv.slice(2)))
  } catch (e) {
    console.error(`generate-corpus: ${e.message}`)
    process.exit(2)
  }
}
