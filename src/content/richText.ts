/**
 * Checks on a Lexical editor state as it arrives from a client, before Lexical's own hooks walk it: the
 * shape (a `root` node, `children` always arrays, nodes always objects with a `type`), a nesting limit,
 * and an allow-list of link schemes. Pure: no Payload import.
 */

/** Schemes a link in rich text may use; relative URLs (`/path`, `#anchor`, `?q`, `page`) are allowed too. */
export const SAFE_LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto'])

/** Deeper nesting than any real article needs; the limit keeps hostile bodies from exhausting the server. */
export const MAX_RICH_TEXT_DEPTH = 40

/** More nodes than any real article has (a 10,000-word article is a few thousand nodes). */
export const MAX_RICH_TEXT_NODES = 100_000

export type RichTextProblem =
  | { kind: 'malformed'; where: string }
  | { kind: 'too-deep'; limit: number }
  | { kind: 'too-large'; limit: number }
  | { kind: 'unsafe-link'; url: string }
  | { kind: 'unknown-node'; type: string; where: string }

/**
 * `true` for a URL a reader may safely follow: `http:`, `https:` and `mailto:`, or a relative URL.
 * Browsers ignore tabs, newlines and leading control characters in a scheme (`java\tscript:`), so
 * those are removed before the scheme is read.
 *
 * @example isSafeLinkUrl('https://example.com') // true
 * @example isSafeLinkUrl(' JavaScript:alert(1)') // false
 */
export function isSafeLinkUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)
  // No scheme: a relative URL (or protocol-relative, which keeps the page's http or https).
  if (!scheme) return true
  return SAFE_LINK_SCHEMES.has(scheme[1]!.toLowerCase())
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The first problem of a rich-text value, or `null` when it may be stored (empty values included).
 * `nodeTypes`, when given, are the node types the editor has: any other (an `html` node carrying a
 * `<script>`, say) is refused, since no reader of the field knows what to make of it.
 */
export function richTextProblem(value: unknown, nodeTypes?: ReadonlySet<string>): RichTextProblem | null {
  if (value === null || value === undefined) return null
  if (!isObject(value) || !isObject(value.root)) return { kind: 'malformed', where: 'root' }
  if (value.root.type !== 'root') return { kind: 'malformed', where: 'root.type' }

  const stack: { node: Record<string, unknown>; depth: number; where: string }[] = [{ node: value.root, depth: 0, where: 'root' }]
  let count = 0
  while (stack.length > 0) {
    const { node, depth, where } = stack.pop()!
    count += 1
    if (count > MAX_RICH_TEXT_NODES) return { kind: 'too-large', limit: MAX_RICH_TEXT_NODES }
    if (depth > MAX_RICH_TEXT_DEPTH) return { kind: 'too-deep', limit: MAX_RICH_TEXT_DEPTH }
    if (typeof node.type !== 'string' || node.type === '') return { kind: 'malformed', where: `${where}.type` }
    if ('text' in node && typeof node.text !== 'string') return { kind: 'malformed', where: `${where}.text` }
    if (nodeTypes && !nodeTypes.has(node.type)) return { kind: 'unknown-node', type: node.type.slice(0, 40), where }

    if (node.type === 'link' || node.type === 'autolink') {
      const fields = node.fields
      if (fields !== undefined && !isObject(fields)) return { kind: 'malformed', where: `${where}.fields` }
      const url = fields?.url
      if (url !== undefined && url !== null && typeof url !== 'string') return { kind: 'malformed', where: `${where}.fields.url` }
      if (typeof url === 'string' && fields?.linkType !== 'internal' && !isSafeLinkUrl(url)) return { kind: 'unsafe-link', url }
    }

    if ('children' in node) {
      if (!Array.isArray(node.children)) return { kind: 'malformed', where: `${where}.children` }
      node.children.forEach((child: unknown, index) => {
        if (!isObject(child)) {
          stack.push({ node: { type: '' }, depth: depth + 1, where: `${where}.children.${index}` })
          return
        }
        stack.push({ node: child, depth: depth + 1, where: `${where}.children.${index}` })
      })
    }
  }
  return null
}
