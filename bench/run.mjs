#!/usr/bin/env node
/**
 * Times safeguarding-lint against markdownlint-cli2, remark-lint and a bare parse, on one corpus.
 *
 *   node bench/run.mjs [--runs 3] [--corpus .bench/corpus] [--timeout 900] [--only name,name] [--keep]
 *
 * Every tool runs as a child process of `process.execPath` on the package's JS entry (not npx,
 * whose start-up would swamp the difference), through `/usr/bin/time -v` when it exists so that
 * the child's peak RSS can be read. Runs are interleaved (A B C D, A B C D, …) so that a burst of
 * load on a shared machine hits every tool rather than one; the best wall-clock time is reported.
 *
 * Exit code: 0 when every tool that could run ran (findings are normal); 1 when a tool failed or
 * timed out; 2 when the benchmark itself could not run. "not built" is not a failure.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn, spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const TIME_BIN = '/usr/bin/time'

function parseArgs(argv) {
  const o = { runs: 3, corpus: '.bench/corpus', timeout: 900, only: null, keep: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const v = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`)
      return argv[++i]
    }
    if (a === '--runs') o.runs = Number(v())
    else if (a === '--corpus') o.corpus = v()
    else if (a === '--timeout') o.timeout = Number(v())
    else if (a === '--only') o.only = v().split(',')
    else if (a === '--keep') o.keep = true
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/run.mjs [--runs 3] [--corpus .bench/corpus] [--timeout 900] [--only name,name] [--keep]')
      process.exit(0)
    } else throw new Error(`unknown argument: ${a}`)
  }
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs must be a positive integer')
  if (!(o.timeout > 0)) throw new Error('--timeout must be a positive number of seconds')
  return o
}

function listMd(dir) {
  const out = []
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else if (e.isFile() && e.name.endsWith('.md')) out.push(full)
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return out
}

function corpusStats(files) {
  let bytes = 0
  let lines = 0
  for (const f of files) {
    const buf = fs.readFileSync(f)
    bytes += buf.length
    for (let i = 0; i < buf.length; i++) if (buf[i] === 10) lines++
  }
  return { files: files.length, bytes, lines }
}

/** Finds a package's bin script from its package.json, the way npm would link it. */
function binOf(pkg, name) {
  const dir = path.join(ROOT, 'node_modules', pkg)
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
  const rel = typeof json.bin === 'string' ? json.bin : json.bin?.[name ?? pkg]
  if (!rel) throw new Error(`${pkg} has no bin entry ${name ?? pkg}`)
  return path.join(dir, rel)
}

/**
 * The contestants. Each: name, args (after node), cwd, ok exit codes, and `seen(out)` reading how
 * many files the tool says it processed and how many findings it reported (null when it does not
 * say), so that a tool that silently skipped the corpus cannot look fast.
 */
function tools({ corpusAbs, tmp, files }) {
  const list = []
  list.push({
    name: 'bare parse',
    args: [path.join(ROOT, 'bench', 'parse-only.mjs'), corpusAbs],
    cwd: ROOT,
    ok: [0],
    seen: ({ stdout }) => {
      const j = JSON.parse(stdout.trim().split('\n').pop())
      return { files: j.files, findings: undefined } // parsing finds nothing: not applicable
    },
  })

  const cli = path.join(ROOT, 'dist', 'cli.js')
  const sgOut = path.join(tmp, 'safeguarding-lint.json')
  // --no-ignore: .bench/ is gitignored, and the CLI honours .gitignore in folders it is given.
  const sgArgs = (targets) => [cli, ...targets, '--no-ignore', '--format', 'json', '--output', sgOut]
  list.push({
    name: 'safeguarding-lint',
    args: sgArgs([path.relative(ROOT, corpusAbs)]),
    cwd: ROOT,
    ok: [0, 1],
    missing: fs.existsSync(cli) ? null : 'not built (dist/cli.js missing: run npm run build)',
    missingLabel: 'not built',
    seen: () => countJsonReport(sgOut),
    // Should the folder still lint nothing (an older build without --no-ignore), name the files
    // explicitly instead: same files, same work.
    fallback: {
      args: sgArgs(files.map((f) => path.relative(ROOT, f))),
      note: `the folder ${path.relative(ROOT, corpusAbs)} yielded no files (the CLI applies .gitignore to folders it is given, and .bench/ is gitignored); timed with the ${files.length} files named explicitly instead`,
    },
  })

  // markdownlint-cli2 looks for .markdownlint* files in its cwd and in every directory it lints,
  // so it runs from the corpus's parent (ours, holding no config) with an empty base config.
  const mdlCwd = path.dirname(corpusAbs)
  const stray = fs.readdirSync(mdlCwd).filter((f) => f.startsWith('.markdownlint'))
  const mdlConfig = path.join(tmp, 'empty.markdownlint-cli2.jsonc')
  fs.writeFileSync(mdlConfig, '{}\n')
  list.push({
    name: 'markdownlint-cli2',
    args: [binOf('markdownlint-cli2'), `${path.basename(corpusAbs)}/**/*.md`, '--config', mdlConfig],
    cwd: mdlCwd,
    ok: [0, 1],
    missing: stray.length ? `skipped: config file ${stray.join(', ')} in ${mdlCwd} would interfere; remove it` : null,
    missingLabel: 'skipped',
    seen: ({ stdout }) => ({
      files: num(/Linting: (\d+) file/.exec(stdout)?.[1]),
      findings: num(/Summary: (\d+) error/.exec(stdout)?.[1]),
    }),
  })

  // remark-cli: --no-config/--no-ignore so no repo .remarkrc or .remarkignore interferes,
  // --no-stdout and no -o so it never writes a file back. Not --quiet: the "no issues found" lines
  // are how we check that it processed every file.
  list.push({
    name: 'remark-lint',
    args: [binOf('remark-cli', 'remark'), path.relative(ROOT, corpusAbs), '--use', 'remark-preset-lint-recommended', '--no-config', '--no-ignore', '--no-stdout', '--no-color', '--frail'],
    cwd: ROOT,
    ok: [0, 1],
    seen: ({ stderr }) => ({
      files: (stderr.match(/^\S[^\n]*\.md(?:: no issues found)?$/gm) ?? []).length,
      findings: num(/(\d+) warnings?/.exec(stderr.split('\n').slice(-4).join('\n'))?.[1]) ?? 0,
    }),
  })
  return list
}

function num(s) {
  return s === undefined || s === null ? null : Number(s)
}

/**
 * Reads safeguarding-lint's JSON report without knowing its exact shape: an array of per-file
 * results, or an object holding one (results / files / documents), or a map keyed by path.
 */
function countJsonReport(file) {
  let j
  try {
    j = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return { files: null, findings: null }
  }
  const fileList = Array.isArray(j) ? j : ['results', 'files', 'documents'].map((k) => j?.[k]).find(Array.isArray)
  const findingsOf = (r) => ['findings', 'messages', 'diagnostics', 'problems'].map((k) => r?.[k]).find(Array.isArray)
  if (fileList) {
    const isPerFile = fileList.every((r) => r && typeof r === 'object' && findingsOf(r))
    if (isPerFile) return { files: fileList.length, findings: fileList.reduce((s, r) => s + findingsOf(r).length, 0) }
    // A flat list of findings: count distinct files.
    const paths = new Set(fileList.map((r) => r?.file ?? r?.filePath ?? r?.path ?? r?.uri).filter(Boolean))
    return { files: paths.size || null, findings: fileList.length }
  }
  if (j && typeof j === 'object') {
    const entries = Object.entries(j).filter(([k, v]) => /\.md$/i.test(k) && (Array.isArray(v) || findingsOf(v)))
    if (entries.length) return { files: entries.length, findings: entries.reduce((s, [, v]) => s + (Array.isArray(v) ? v.length : findingsOf(v).length), 0) }
    const summary = j.summary ?? j.stats
    if (summary) return { files: num(summary.files ?? summary.fileCount), findings: num(summary.findings ?? summary.problems) }
  }
  return { files: null, findings: null }
}

/** The child being timed: detached children outlive an interrupted parent unless we stop them. */
let running = null
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (running?.pid) {
      try {
        process.kill(-running.pid, 'SIGKILL')
      } catch {}
    }
    process.exit(130)
  })
}

/** Runs one child: wall clock from the parent, peak RSS from /usr/bin/time -v when present. */
function runOnce(tool, { tmp, timeoutMs, useTime, index }) {
  const base = path.join(tmp, `${tool.name.replace(/\W+/g, '-')}-${index}`)
  const outFile = `${base}.stdout`
  const errFile = `${base}.stderr`
  const timeFile = `${base}.time`
  const outFd = fs.openSync(outFile, 'w')
  const errFd = fs.openSync(errFile, 'w')
  const cmd = useTime ? TIME_BIN : process.execPath
  const args = useTime ? ['-v', '-o', timeFile, process.execPath, ...tool.args] : tool.args
  return new Promise((resolve) => {
    const start = performance.now()
    // Own process group, so a timeout can stop the tool and anything it started, and nothing else.
    const child = spawn(cmd, args, { cwd: tool.cwd, stdio: ['ignore', outFd, errFd], detached: true, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
    running = child
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }, timeoutMs)
    const finish = (code, signal, error) => {
      clearTimeout(timer)
      running = null
      const seconds = (performance.now() - start) / 1000
      fs.closeSync(outFd)
      fs.closeSync(errFd)
      const stdout = fs.readFileSync(outFile, 'utf8')
      const stderr = fs.readFileSync(errFile, 'utf8')
      let rssKb = null
      let cpu = null
      if (useTime && fs.existsSync(timeFile)) {
        const tv = fs.readFileSync(timeFile, 'utf8')
        rssKb = num(/Maximum resident set size \(kbytes\): (\d+)/.exec(tv)?.[1])
        const user = /User time \(seconds\): ([\d.]+)/.exec(tv)?.[1]
        const sys = /System time \(seconds\): ([\d.]+)/.exec(tv)?.[1]
        if (user && sys) cpu = Number(user) + Number(sys)
      }
      resolve({ seconds, code, signal, timedOut, error, stdout, stderr, rssKb, cpu })
    }
    child.on('error', (e) => finish(null, null, e))
    child.on('exit', (code, signal) => finish(code, signal))
  })
}

const fmt = {
  s: (x) => (x == null ? '—' : x.toFixed(2)),
  ratio: (x) => (x == null || !Number.isFinite(x) ? '—' : `${x.toFixed(2)}×`),
  int: (x) => (x == null ? '—' : Math.round(x).toLocaleString('en-GB')),
  mb: (kb) => (kb == null ? 'n/a' : (kb / 1024).toFixed(0)),
}

function printTable(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')
  console.log(line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows) console.log(line(r))
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  const corpusAbs = path.resolve(ROOT, opts.corpus)
  let files = listMd(corpusAbs)
  if (!files.length) {
    console.log(`No corpus at ${path.relative(ROOT, corpusAbs)}: generating it first.`)
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'generate-corpus.mjs'), '--out', path.relative(ROOT, corpusAbs)], { cwd: ROOT, stdio: 'inherit' })
    if (r.status !== 0) throw new Error('corpus generation failed')
    files = listMd(corpusAbs)
  }
  const stats = corpusStats(files)
  let generatedWith = ''
  try {
    const m = JSON.parse(fs.readFileSync(path.join(corpusAbs, '.bench-corpus.json'), 'utf8'))
    generatedWith = ` (generated with --seed ${m.seed} from ${m.seeds.length} seed documents)`
  } catch {}

  const useTime = fs.existsSync(TIME_BIN) && spawnSync(TIME_BIN, ['-v', process.execPath, '-e', '0'], { stdio: 'ignore' }).status === 0
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-bench-'))
  const all = tools({ corpusAbs, tmp, files }).filter((t) => !opts.only || opts.only.includes(t.name))
  const cpus = os.cpus()

  console.log('safeguarding-lint benchmark')
  console.log(`  node ${process.version} on ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model?.trim() ?? 'unknown CPU'}, load average at start ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`)
  console.log(`  corpus: ${path.relative(ROOT, corpusAbs)}: ${stats.files.toLocaleString('en-GB')} files, ${stats.lines.toLocaleString('en-GB')} lines, ${(stats.bytes / 1048576).toFixed(1)} MB${generatedWith}`)
  console.log(`  best of ${opts.runs} run(s) per tool, interleaved; timeout ${opts.timeout} s per run; peak RSS ${useTime ? `from ${TIME_BIN} -v` : 'n/a (no /usr/bin/time)'}`)
  console.log('')

  const results = new Map(all.map((t) => [t.name, { tool: t, runs: [], failure: t.missing ?? null, skipped: Boolean(t.missing), seen: null, notes: [], usedFallback: false }]))
  for (let i = 1; i <= opts.runs; i++) {
    for (const t of all) {
      const res = results.get(t.name)
      if (res.skipped) continue
      process.stderr.write(`  run ${i}/${opts.runs} ${t.name.padEnd(18)} `)
      const r = await runOnce(t, { tmp, timeoutMs: opts.timeout * 1000, useTime, index: i })
      if (r.timedOut) {
        res.failure = `timed out after ${opts.timeout} s`
        process.stderr.write(`timed out (> ${opts.timeout} s)\n`)
        res.skipped = true
        continue
      }
      if (r.error || !t.ok.includes(r.code)) {
        const tail = (r.stderr || r.stdout).trim().split('\n').slice(-5).join('\n      ')
        res.failure = r.error ? `could not start: ${r.error.message}` : `exit ${r.code ?? r.signal}${tail ? `: ${tail}` : ''}`
        process.stderr.write(`FAILED (${r.error ? r.error.message : `exit ${r.code ?? r.signal}`})\n`)
        res.skipped = true
        continue
      }
      if (t.fallback && !res.usedFallback && !res.runs.length) {
        let seen = null
        try {
          seen = t.seen(r)
        } catch {}
        if (seen?.files === 0 && files.length) {
          res.usedFallback = true
          t.args = t.fallback.args
          res.notes.push(t.fallback.note)
          process.stderr.write(`linted 0 files; retrying with explicit file paths\n  run ${i}/${opts.runs} ${t.name.padEnd(18)} `)
          const r2 = await runOnce(t, { tmp, timeoutMs: opts.timeout * 1000, useTime, index: i })
          if (r2.timedOut || r2.error || !t.ok.includes(r2.code)) {
            res.failure = r2.timedOut ? `timed out after ${opts.timeout} s` : r2.error ? `could not start: ${r2.error.message}` : `exit ${r2.code ?? r2.signal}: ${(r2.stderr || r2.stdout).trim().split('\n').slice(-5).join('\n      ')}`
            res.skipped = true
            process.stderr.write(`FAILED (${res.failure.split('\n')[0]})\n`)
            continue
          }
          Object.assign(r, r2)
        }
      }
      res.runs.push(r)
      if (!res.seen) {
        try {
          res.seen = t.seen(r)
        } catch {
          res.seen = { files: null, findings: null }
        }
      }
      process.stderr.write(`${r.seconds.toFixed(2)} s  exit ${r.code}${r.cpu != null ? `  cpu ${r.cpu.toFixed(2)} s` : ''}${r.rssKb ? `  ${fmt.mb(r.rssKb)} MB` : ''}\n`)
    }
  }
  if (!opts.keep) fs.rmSync(tmp, { recursive: true, force: true })

  const best = (name) => {
    const r = results.get(name)
    return r && !r.failure && r.runs.length ? Math.min(...r.runs.map((x) => x.seconds)) : null
  }
  const parseBest = best('bare parse')
  const sgBest = best('safeguarding-lint')
  const cpuOf = (name) => {
    const r = results.get(name)
    const xs = r && !r.failure ? r.runs.filter((x) => x.cpu != null).map((x) => x.cpu) : []
    return xs.length ? Math.min(...xs) : null
  }
  const parseCpu = cpuOf('bare parse')
  const sgCpu = cpuOf('safeguarding-lint')
  const rows = []
  const notes = []
  for (const [name, r] of results) {
    const b = best(name)
    const rss = r.runs.some((x) => x.rssKb != null) ? Math.max(...r.runs.map((x) => x.rssKb ?? 0)) : null
    const cpu = cpuOf(name)
    if (r.failure) notes.push(`${name}: ${r.failure}`)
    for (const n of r.notes) notes.push(`${name}: ${n}`)
    if (r.seen?.files != null && r.seen.files !== stats.files) {
      const share = r.seen.files / stats.files
      notes.push(`${name}: reported ${r.seen.files} of the ${stats.files} files${share < 0.9 ? ': its figures are not comparable' : ''}${name === 'safeguarding-lint' ? ' (--verbose says why it skipped the others)' : ''}`)
    }
    if (b != null && b > 300) notes.push(`${name}: a run took more than 5 minutes (best ${b.toFixed(0)} s): the corpus is too large for this machine at its current load`)
    rows.push([
      name,
      b == null ? (r.tool.missing ? r.tool.missingLabel : r.failure?.startsWith('timed out') ? 'timeout' : 'failed') : fmt.s(b),
      b == null ? '—' : fmt.int(stats.files / b),
      b == null || parseBest == null ? '—' : fmt.ratio(b / parseBest),
      b == null || sgBest == null ? '—' : name === 'safeguarding-lint' ? '1.00×' : fmt.ratio(sgBest / b),
      cpu == null ? 'n/a' : fmt.s(cpu),
      cpu == null || parseCpu == null ? '—' : fmt.ratio(cpu / parseCpu),
      cpu == null || sgCpu == null ? '—' : name === 'safeguarding-lint' ? '1.00×' : fmt.ratio(sgCpu / cpu),
      useTime ? fmt.mb(rss) : 'n/a',
      !r.runs.length ? '—' : r.seen?.files == null ? '?' : fmt.int(r.seen.files),
      !r.runs.length || r.seen?.findings === undefined ? '—' : r.seen.findings === null ? '?' : fmt.int(r.seen.findings),
      r.runs.length ? r.runs.map((x) => x.seconds.toFixed(1)).join(' / ') : '—',
    ])
  }
  console.log('')
  printTable(['tool', 'best (s)', 'files/s', '× parse', 'sg ÷ tool', 'cpu (s)', 'cpu × parse', 'cpu sg ÷ tool', 'peak RSS (MB)', 'files seen', 'findings', 'runs (s)'], rows)
  console.log('')
  console.log('  best: least wall-clock time of the runs. × parse: best ÷ the bare parse\'s best (1.00× is the floor).')
  console.log('  sg ÷ tool: safeguarding-lint\'s best ÷ that tool\'s best (below 1: safeguarding-lint is faster).')
  console.log('  cpu: user + system seconds of the child (least of the runs), and the same two ratios on it;')
  console.log('       on a busy machine wall time grows with the load and cpu time much less: prefer the cpu ratios then.')
  console.log('  peak RSS: the largest maximum resident set size over the runs. files seen / findings: as the tool reports them.')
  console.log('  Compare ratios within one run; absolute times depend on the machine and its load.')
  for (const n of notes) console.log(`  note: ${n}`)
  const failed = [...results.values()].some((r) => r.failure && !r.tool.missing)
  process.exitCode = failed ? 1 : 0
}

main().catch((e) => {
  console.error(`bench: ${e.message}`)
  process.exit(2)
})
