/**
 * The table of slug examples in README.md and docs/transliteration.md,
 * generated from the code.
 *
 *   npm run docs:examples   rewrite both tables
 *
 * tests/unit/text/examples.test.ts fails when a table differs from what the
 * code gives.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { arabicSlug, slugify } from '../../src/text/index'

/** The Arabic inputs shown, in order. */
export const EXAMPLES: readonly string[] = [
  'وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الصينية الروسية',
  'عرب وعالم',
  'دار الهلال',
  'لافروف',
  'شانجهاي',
  'الصين وروسيا',
  'المكسيك والسويد',
  'بلجيكا',
  'وينيبيج',
  'فيينا',
  'ليفربول',
  'يوسف',
  'الجيلاني',
  'محمد الجيلاني',
  'البرلمان',
  'بيدرسن',
  'أينشتاين',
  'ألبرت أينشتاين يكتب',
  'كريستيانو رونالدو',
  'وانج يي',
  'سيرجي لافروف',
  'منظمة شانجهاي للتعاون',
  'مجلس الأمن الدولي',
  'الأمم المتحدة',
  'كوفيد-19',
  'بكين',
  'بريكس',
  'جمال عبد الناصر',
  'وزارة الخارجية',
  'بالعلاقات',
  'للتعاون',
  'مَدْرَسَةٌ',
  'iPhone ١٥',
]

/** Every document holding the table, from the repository root. */
export const DOCUMENTS: readonly string[] = ['README.md', 'docs/transliteration.md']

const HEADER = '| Arabic | `slugify` | `slugify` with `sunLetters` | `arabicSlug` |'

/** The table as Markdown lines. */
export function examplesTable(): string[] {
  const lines = [HEADER, '| --- | --- | --- | --- |']
  for (const text of EXAMPLES) {
    const plain = slugify(text, { maxLength: 200 })
    const sun = slugify(text, { maxLength: 200, sunLetters: true })
    lines.push(`| ${text} | \`${plain}\` | \`${sun}\` | \`${arabicSlug(text, { maxLength: 200 })}\` |`)
  }
  return lines
}

/** The document with its table replaced by {@link examplesTable} (the table runs from its header to the first non-table line). */
export function withExamples(document: string): string {
  const lines = document.split('\n')
  const start = lines.indexOf(HEADER)
  if (start < 0) throw new Error('no examples table (its header line was not found)')
  let end = start
  while (end < lines.length && (lines[end] ?? '').startsWith('|')) end += 1
  return [...lines.slice(0, start), ...examplesTable(), ...lines.slice(end)].join('\n')
}

if (process.argv[1] !== undefined && import.meta.url === `file://${process.argv[1]}`) {
  for (const doc of DOCUMENTS) {
    const path = fileURLToPath(new URL(`../../${doc}`, import.meta.url))
    writeFileSync(path, withExamples(readFileSync(path, 'utf8')))
    console.log(`updated the examples table in ${doc}`)
  }
}
