/**
 * Reads an article saved as plain text in the layout Arabic news sites print:
 *
 *   date line           الأربعاء 25 سبتمبر 2024
 *   title               وزير الخارجية الصيني يدعو …
 *   topic line          الصين وروسيا
 *   section + time      عرب وعالم16-7-2021 | 22:03
 *   source              دار الهلال
 *   paragraphs …
 *
 * Blocks are separated by blank lines. Pure: no I/O, no Payload.
 */
export type PlainTextArticle = {
  /** The page's date line, as printed. */
  dateLine: string
  title: string
  /** The topic line (kicker) above or below the title. */
  kicker: string
  section: string
  /** Local publication time as printed, digits folded to ASCII. */
  published: { year: number; month: number; day: number; hour: number; minute: number }
  source: string
  paragraphs: string[]
}

export class PlainTextArticleError extends Error {
  constructor(message: string) {
    super(`[payload-newsroom] ${message}`)
    this.name = 'PlainTextArticleError'
  }
}

const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g

function foldDigits(input: string): string {
  return input.replace(EASTERN_DIGITS, (digit) => {
    const code = digit.charCodeAt(0)
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660)
  })
}

/** «عرب وعالم16-7-2021 | 22:03»: the section's name runs straight into day-month-year | hour:minute. */
const SECTION_AND_TIME = /^(.*?)\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})\s*\|\s*(\d{1,2})\s*:\s*(\d{2})\s*$/u

function parseSectionLine(line: string): Pick<PlainTextArticle, 'section' | 'published'> {
  const match = SECTION_AND_TIME.exec(foldDigits(line))
  if (!match) {
    throw new PlainTextArticleError(
      `The section line must read "<section>D-M-YYYY | HH:MM"; got «${line}».`,
    )
  }
  const [, section = '', day, month, year, hour, minute] = match
  const published = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
  }
  if (published.month < 1 || published.month > 12 || published.day < 1 || published.day > 31) {
    throw new PlainTextArticleError(`The date in «${line}» is not a real date.`)
  }
  if (published.hour > 23 || published.minute > 59) {
    throw new PlainTextArticleError(`The time in «${line}» is not a real time.`)
  }
  return { section: section.trim(), published }
}

/**
 * @example
 * parsePlainTextArticle(text).section // 'عرب وعالم'
 */
export function parsePlainTextArticle(text: string): PlainTextArticle {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, got ${typeof text}`)
  const blocks = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')

  const [dateLine, title, kicker, sectionLine, source, ...paragraphs] = blocks
  if (!dateLine || !title || !kicker || !sectionLine || !source) {
    throw new PlainTextArticleError(
      `An article needs a date line, a title, a topic line, a section line and a source before its text; found ${blocks.length} block(s).`,
    )
  }
  if (paragraphs.length === 0) throw new PlainTextArticleError('The article has no paragraphs.')

  return { dateLine, title, kicker, ...parseSectionLine(sectionLine), source, paragraphs }
}
