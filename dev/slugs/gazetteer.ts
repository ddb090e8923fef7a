/**
 * Builds src/text/tables/gazetteer.ts: Arabic names of countries, capitals and
 * major cities → their conventional English names as slugs.
 *
 *   npm run train:slugs   (runs this script too)
 *
 * Countries: ISO 3166-1 from Debian's `iso-codes` package (English short names
 * in /usr/share/iso-codes/json/iso_3166-1.json, Arabic names in its Arabic
 * translation /usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo, read with
 * `msgunfmt` from gettext; LGPL-2.1-or-later), with the overrides below where
 * the ISO name is not the name English-language news uses. Cities and extra
 * Arabic spellings: dev/slugs/data/places.tsv, compiled for this project.
 * When the Debian files are missing, the committed table is left as it is.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const ISO_JSON = '/usr/share/iso-codes/json/iso_3166-1.json'
const ISO_AR_MO = '/usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo'
const PLACES = fileURLToPath(new URL('./data/places.tsv', import.meta.url))
const OUTPUT = fileURLToPath(new URL('../../src/text/tables/gazetteer.ts', import.meta.url))

/** English names where the ISO short name is not the conventional one, by alpha-2 code. */
const ENGLISH_OVERRIDES: Readonly<Record<string, string>> = {
  BN: 'Brunei',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CV: 'Cape Verde',
  FM: 'Micronesia',
  PS: 'Palestine',
  RU: 'Russia',
  TR: 'Turkey',
  VA: 'Vatican City',
  VG: 'British Virgin Islands',
  VI: 'United States Virgin Islands',
  FK: 'Falkland Islands',
  CC: 'Cocos Islands',
  MF: 'Saint Martin',
  SX: 'Sint Maarten',
}

/**
 * Arabic spellings left to the curated lexicon: عمان is both Oman and its
 * neighbour's capital Amman (the lexicon reads amman; سلطنة عمان gives oman).
 */
const LEFT_TO_LEXICON: ReadonlySet<string> = new Set(['عمان'])

interface IsoCountry {
  alpha_2: string
  name: string
  common_name?: string
}

const MARKS = /[\u064B-\u065F\u0670\u0640]/g

/** Arabic key: harakat and tatweel dropped, spaces collapsed. */
function arabicKey(text: string): string {
  return text.normalize('NFC').replace(MARKS, '').replace(/\s+/g, ' ').trim()
}

const PARENTHESIS = /^([^()]+)\(([^()]+)\)$/
const ARABIC_WORDS = /^[\u0621-\u064A]+( [\u0621-\u064A]+)*$/

/**
 * The Arabic spellings a translation gives: «المجر (هنغاريا)» gives both
 * names; a translation with other punctuation («كوريا، جمهورية كوريا»,
 * «تيمور-ليستي») is not a name as written in running text, and gives none.
 */
function arabicKeys(translation: string): string[] {
  const text = arabicKey(translation)
  const m = PARENTHESIS.exec(text)
  const candidates = m === null ? [text] : [(m[1] ?? '').trim(), (m[2] ?? '').trim()]
  return candidates.filter((c) => ARABIC_WORDS.test(c))
}

/** English name → slug (accents folded, lower case, hyphens). */
export function englishSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** msgid → msgstr of a gettext catalogue, via `msgunfmt`. */
function readCatalogue(path: string): Map<string, string> {
  const po = execFileSync('msgunfmt', ['--no-wrap', path], { encoding: 'utf8' })
  const catalogue = new Map<string, string>()
  const unquote = (s: string) => JSON.parse(s) as string
  let id: string | undefined
  for (const line of po.split('\n')) {
    if (line.startsWith('msgid ')) id = unquote(line.slice(6))
    else if (line.startsWith('msgstr ') && id !== undefined && id !== '') {
      const value = unquote(line.slice(7))
      if (value !== '') catalogue.set(id, value)
      id = undefined
    }
  }
  return catalogue
}

/** Countries from iso-codes: [arabic, slug] in alpha-2 order. */
function countries(): Array<readonly [string, string]> {
  const iso = (JSON.parse(readFileSync(ISO_JSON, 'utf8')) as { '3166-1': IsoCountry[] })['3166-1']
  const arabic = readCatalogue(ISO_AR_MO)
  const entries: Array<readonly [string, string]> = []
  for (const c of [...iso].sort((a, b) => (a.alpha_2 < b.alpha_2 ? -1 : 1))) {
    const english = ENGLISH_OVERRIDES[c.alpha_2] ?? c.common_name ?? c.name
    for (const id of [c.name, c.common_name]) {
      const ar = id === undefined ? undefined : arabic.get(id)
      if (ar !== undefined) for (const key of arabicKeys(ar)) entries.push([key, englishSlug(english)])
    }
  }
  return entries
}

/** The project's own list: [arabic, slug] as written in places.tsv (after its header). */
function places(): Array<readonly [string, string]> {
  const entries: Array<readonly [string, string]> = []
  for (const line of readFileSync(PLACES, 'utf8').split('\n').slice(1)) {
    const [ar = '', en = ''] = line.split('\t')
    if (ar.trim() !== '' && en.trim() !== '') entries.push([arabicKey(ar), englishSlug(en)])
  }
  return entries
}

/** The generated module; the project's list first, so that it wins on a clash. */
export function gazetteerSource(): string {
  const seen = new Set<string>()
  const rows: string[] = []
  for (const [ar, slug] of [...places(), ...countries()]) {
    if (seen.has(ar) || LEFT_TO_LEXICON.has(ar) || slug === '') continue
    seen.add(ar)
    rows.push(`  [${JSON.stringify(ar)}, ${JSON.stringify(slug)}],`)
  }
  return [
    '/**',
    ' * Gazetteer: Arabic names of countries, capitals and major cities → their',
    ' * conventional English names. Generated by dev/slugs/gazetteer.ts from',
    " * Debian's iso-codes (ISO 3166-1 names and their Arabic translation,",
    ' * LGPL-2.1-or-later) and dev/slugs/data/places.tsv; see SOURCES.md. Do not edit.',
    ' */',
    'export const GAZETTEER: ReadonlyArray<readonly [string, string]> = [',
    ...rows,
    ']',
    '',
  ].join('\n')
}

/** Writes the table; false when the Debian files are not installed. */
export function writeGazetteer(): boolean {
  if (!existsSync(ISO_JSON) || !existsSync(ISO_AR_MO)) return false
  writeFileSync(OUTPUT, gazetteerSource())
  return true
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  console.log(writeGazetteer() ? `wrote ${OUTPUT}` : 'iso-codes is not installed (apt-get install iso-codes gettext): gazetteer left as it is')
}
