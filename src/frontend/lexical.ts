/**
 * Lexical editor state → plain text and safe HTML, for feeds and ninjs. Pure. Handles the nodes the
 * article editor produces (paragraphs, headings, quotes, lists, links, line breaks, formatted text);
 * anything else contributes its children's text.
 */

type LexicalNode = {
  type?: string
  text?: string
  tag?: string
  format?: number | string
  listType?: string
  url?: string
  fields?: { url?: string; newTab?: boolean }
  children?: LexicalNode[]
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem'])

/** Escapes text for XML and HTML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

function rootOf(state: unknown): LexicalNode | null {
  if (!state || typeof state !== 'object') return null
  const root = (state as { root?: unknown }).root
  return root && typeof root === 'object' ? (root as LexicalNode) : null
}

function textOf(node: LexicalNode): string {
  if (node.type === 'text' && typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  const inner = (node.children ?? []).map(textOf).join('')
  return BLOCKS.has(node.type ?? '') ? `\n${inner}\n` : inner
}

/** The text of a Lexical state, one line per block, trimmed. */
export function lexicalToText(state: unknown): string {
  const root = rootOf(state)
  if (!root) return ''
  return (root.children ?? [])
    .map(textOf)
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

const FORMAT_TAGS: readonly [number, string][] = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

function safeHref(url: string | undefined): string | null {
  if (!url) return null
  return /^(https?:|mailto:|\/)/i.test(url.trim()) ? url.trim() : null
}

function htmlOf(node: LexicalNode): string {
  const children = (node.children ?? []).map(htmlOf).join('')
  switch (node.type) {
    case 'text': {
      let html = escapeXml(node.text ?? '')
      const format = typeof node.format === 'number' ? node.format : 0
      for (const [bit, tag] of FORMAT_TAGS) if (format & bit) html = `<${tag}>${html}</${tag}>`
      return html
    }
    case 'linebreak':
      return '<br>'
    case 'paragraph':
      return `<p>${children}</p>`
    case 'heading': {
      const tag = /^h[1-6]$/.test(node.tag ?? '') ? node.tag : 'h2'
      return `<${tag}>${children}</${tag}>`
    }
    case 'quote':
      return `<blockquote>${children}</blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${children}</${tag}>`
    }
    case 'listitem':
      return `<li>${children}</li>`
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url ?? node.url)
      return href ? `<a href="${escapeXml(href)}">${children}</a>` : children
    }
    default:
      return children
  }
}

/** HTML for a Lexical state: text escaped, only a small set of tags, links limited to http(s), mailto and paths. */
export function lexicalToHtml(state: unknown): string {
  const root = rootOf(state)
  return root ? (root.children ?? []).map(htmlOf).join('') : ''
}
