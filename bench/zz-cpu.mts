import { readFileSync } from 'node:fs'
import { slugify } from '/work/main/src/text/slugify'
import { setNameCache } from '/work/main/src/text/name-model'
const lines = readFileSync('/work/main/bench/slugs/eval-set.tsv', 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')[0]!)
setNameCache(false)
for (let i = 0; i < 100; i++) for (const t of lines) slugify(t)
const runs: number[] = []
for (let r = 0; r < 7; r++) {
  const c0 = process.cpuUsage()
  for (let i = 0; i < 100; i++) for (const t of lines) slugify(t)
  const c = process.cpuUsage(c0)
  runs.push((c.user + c.system) / 1000 / 100)
}
runs.sort((a, b) => a - b)
console.log('cpu ms per pass (median of 7):', runs[3]!.toFixed(3), 'min', runs[0]!.toFixed(3))
