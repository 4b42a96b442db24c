#!/usr/bin/env node
/**
 * The floor of the benchmark: read every Markdown file under a directory and parse it with the
 * same parser stack safeguarding-lint uses (unified + remark-parse + remark-frontmatter), doing
 * nothing else. No linter can be faster than this on the same files.
 *
 *   node bench/parse-only.mjs <dir>
 *
 * Prints one JSON line: {"files":…, "bytes":…, "nodes":…} (nodes are counted so the work cannot be
 * optimised away and to show the trees are real).
 */
import fs from 'node:fs'
import path from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'

const dir = process.argv[2]
if (!dir) {
  console.error('usage: node bench/parse-only.mjs <dir>')
  process.exit(2)
}

const files = []
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const full = path.join(d, e.name)
    if (e.isDirectory()) walk(full)
    else if (e.isFile() && e.name.endsWith('.md')) files.push(full)
  }
}
walk(dir)

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
let bytes = 0
let nodes = 0
const count = (n) => {
  nodes++
  if (n.children) for (const c of n.children) count(c)
}
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8')
  bytes += Buffer.byteLength(text)
  count(processor.parse(text))
}
console.log(JSON.stringify({ files: files.length, bytes, nodes }))
