import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Rows of bench/slugs/eval-set.tsv: [arabic, reference, category]. */
export function evalRows(file = 'eval-set.tsv'): Array<[string, string, string]> {
  const path = fileURLToPath(new URL(`../../../bench/slugs/${file}`, import.meta.url))
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [arabic = '', reference = '', category = ''] = line.split('\t')
      return [arabic, reference, category]
    })
}

export const SLUG_REGEX = /^[a-z0-9]+(-[a-z0-9]+)*$/
