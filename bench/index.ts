/**
 * `npm run bench`: every benchmark, each in a process of its own (so one cannot warm or load another),
 * each printing ratios against its named baseline measured in the same run.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const BENCHMARKS = ['slugs', 'publish', 'reads', 'notifications', 'media']
const tsx = path.resolve(import.meta.dirname, '../node_modules/tsx/dist/cli.mjs')

let failed = 0
for (const name of BENCHMARKS) {
  console.log(`\n===== bench/${name}.ts =====`)
  const result = spawnSync(process.execPath, [tsx, path.resolve(import.meta.dirname, `${name}.ts`)], {
    stdio: 'inherit',
    env: { PAYLOAD_SECRET: 'bench-secret', ...process.env },
  })
  if (result.status !== 0) failed += 1
}
process.exit(failed === 0 ? 0 : 1)
