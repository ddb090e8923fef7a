/**
 * Measures a name model trained on part of the training pairs on the rest, so
 * that a change of the model or of the slugger can be judged without the
 * development file.
 *
 *   npx tsx dev/slugs/evaluate.ts                  fixed 10 % split of ar2en-train.txt
 *   npx tsx dev/slugs/evaluate.ts --folds 5        5-fold cross-validation
 *   npx tsx dev/slugs/evaluate.ts --opts '{"order":6}'   other training settings
 *   npx tsx dev/slugs/evaluate.ts --dev            train on all of it, measure on ar2en-dev.txt
 *   npx tsx dev/slugs/evaluate.ts --no-dictionary  without the dictionary of names
 *
 * Pair k of the file (counting from 0) is held out in fold k mod folds; the
 * fixed split is fold 0 of 10. Two measures: the model alone on the stems
 * (article taken off, as in training) and the whole `slugify` with that model,
 * both compared on letters and digits only, as bench/slugs.ts does.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { slugify } from '../../src/text/index'
import { nameReader, useNameModel } from '../../src/text/name-model'
import { buildDictionary } from './dictionary'
import { DEFAULT_TRAIN_OPTIONS, dictionaryWords, latinLetters, train, trainingPair } from './train'
import type { TrainOptions } from './train'

const TRAIN = fileURLToPath(new URL('./data/ar2en/ar2en-train.txt', import.meta.url))
const DEV = fileURLToPath(new URL('./data/ar2en/ar2en-dev.txt', import.meta.url))

function rawPairs(path: string): Array<readonly [string, string]> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [arabic = '', english = ''] = line.split('\t')
      return [arabic, english] as const
    })
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const curr = [i]
    for (let j = 1; j <= b.length; j += 1) {
      curr[j] = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = curr
  }
  return 1 - (prev[b.length] ?? 0) / longest
}

const lettersAndDigits = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '')

interface Score {
  similarity: number
  exact: number
  n: number
}

function score(pairs: ReadonlyArray<readonly [string, string]>, read: (arabic: string) => string, want: (english: string) => string): Score {
  let sim = 0
  let exact = 0
  for (const [arabic, english] of pairs) {
    const got = read(arabic)
    const ref = want(english)
    sim += similarity(got, ref)
    if (got === ref) exact += 1
  }
  return { similarity: sim / pairs.length, exact: exact / pairs.length, n: pairs.length }
}

/** The pairs as the model is trained on them (article off). */
const stemsOf = (pairs: ReadonlyArray<readonly [string, string]>) => pairs.map(([a, e]) => trainingPair(a, e)).filter((p): p is readonly [string, string] => p !== undefined)

/** Model alone and the whole slugger, with a model trained on `training`, measured on `test`. */
export function evaluate(training: ReadonlyArray<readonly [string, string]>, test: ReadonlyArray<readonly [string, string]>, opts: TrainOptions, dictionary = true): { model: Score; slugify: Score } {
  const packed = train(stemsOf(training), opts)
  const names = dictionary === false ? false : buildDictionary(dictionaryWords(stemsOf(training)))
  const read = nameReader(packed, names)
  const stems = stemsOf(test)
  const model = score(stems, (a) => read(a) ?? '', (e) => e)
  useNameModel(packed, names)
  try {
    return { model, slugify: score(test, (a) => lettersAndDigits(slugify(a)), (e) => lettersAndDigits(latinLetters(e))) }
  } finally {
    useNameModel(undefined)
  }
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { folds: { type: 'string' }, opts: { type: 'string' }, dev: { type: 'boolean' }, 'no-dictionary': { type: 'boolean' } } })
  const dictionary = values['no-dictionary'] !== true
  const opts: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...(values.opts === undefined ? {} : (JSON.parse(values.opts) as Partial<TrainOptions>)) }
  const all = rawPairs(TRAIN)
  const f = (s: Score) => `${s.similarity.toFixed(4)} similarity, ${(s.exact * 100).toFixed(1)} % exact`
  if (values.dev === true) {
    const r = evaluate(all, rawPairs(DEV), opts, dictionary)
    console.log(`development set (${r.slugify.n}): model alone ${f(r.model)}; slugify ${f(r.slugify)}`)
  } else {
    const folds = values.folds === undefined ? 1 : Number(values.folds)
    const k = folds === 1 ? 10 : folds
    const sums = { model: { similarity: 0, exact: 0 }, slugify: { similarity: 0, exact: 0 } }
    for (let fold = 0; fold < folds; fold += 1) {
      const test = all.filter((_, i) => i % k === fold)
      const r = evaluate(all.filter((_, i) => i % k !== fold), test, opts, dictionary)
      console.log(`fold ${fold} (${test.length} held out): model alone ${f(r.model)}; slugify ${f(r.slugify)}`)
      for (const key of ['model', 'slugify'] as const) {
        sums[key].similarity += r[key].similarity / folds
        sums[key].exact += r[key].exact / folds
      }
    }
    if (folds > 1) console.log(`mean: model alone ${f({ ...sums.model, n: 0 })}; slugify ${f({ ...sums.slugify, n: 0 })}`)
  }
}
