/**
 * A stable, never-empty Latin slug for any title: Latin words are kept, anything else is summarised by a
 * short hash so Arabic titles still get a unique, valid slug.
 *
 * @example placeholderSlug('Breaking News') // 'breaking-news'
 * @example placeholderSlug('عرب وعالم') // 'a-1k0xq9s'
 */
export function placeholderSlug(input: string): string {
  const latin = input
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (latin.length >= 3 && latin.length * 2 >= input.trim().length) return latin.slice(0, 80).replace(/-+$/, '')
  let hash = 0x811c9dc5
  for (const char of input) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return latin ? `${latin.slice(0, 60).replace(/-+$/, '')}-${hash.toString(36)}` : `a-${hash.toString(36)}`
}
