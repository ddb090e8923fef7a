import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

import { bilingualText, CONTENT_MESSAGES } from '../src/messages'
import { richTextProblem } from '../src/content/richText'

/**
 * Refuses a rich-text value that is not a well-formed Lexical state, nests too deep, or links to a URL
 * outside the allow-list (`javascript:`, `data:`…), with a 400 on the field's path. It runs before
 * Lexical's own hooks, which would otherwise walk a malformed tree and fail with a 500.
 */
type NodeClass = { getType?: () => string }
type EditorLike = { editorConfig?: { features?: { nodes?: readonly { node?: NodeClass }[] } } }

/** Lexical's own nodes, present in every editor. */
const CORE_NODE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab']
const nodeTypesCache = new WeakMap<object, ReadonlySet<string> | null>()

/** The node types the field's Lexical editor has (its features' nodes and Lexical's core), or `null` when unknown. */
function nodeTypesOf(editor: unknown): ReadonlySet<string> | null {
  if (!editor || typeof editor !== 'object') return null
  if (nodeTypesCache.has(editor)) return nodeTypesCache.get(editor) ?? null
  const nodes = (editor as EditorLike).editorConfig?.features?.nodes
  let types: ReadonlySet<string> | null = null
  if (Array.isArray(nodes)) {
    const names = nodes.map((entry) => entry?.node?.getType?.()).filter((name): name is string => typeof name === 'string')
    types = names.length > 0 ? new Set([...CORE_NODE_TYPES, ...names]) : null
  }
  nodeTypesCache.set(editor, types)
  return types
}

export const checkRichTextBeforeValidate: FieldHook = ({ value, path, collection, req, field }) => {
  const problem = richTextProblem(value, nodeTypesOf((field as { editor?: unknown }).editor) ?? undefined)
  if (!problem) return value
  const message =
    problem.kind === 'unsafe-link'
      ? CONTENT_MESSAGES.linkUnsafe(problem.url)
      : problem.kind === 'unknown-node'
        ? CONTENT_MESSAGES.richTextUnknownNode(problem.type, problem.where)
      : problem.kind === 'too-deep'
        ? CONTENT_MESSAGES.richTextTooDeep(problem.limit)
        : problem.kind === 'too-large'
          ? CONTENT_MESSAGES.richTextTooLarge(problem.limit)
          : CONTENT_MESSAGES.richTextMalformed(problem.where)
  throw new ValidationError(
    { collection: collection?.slug, errors: [{ path: path.join('.'), message: bilingualText(message) }], req },
    req.t,
  )
}
