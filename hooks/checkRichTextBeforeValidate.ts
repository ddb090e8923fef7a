import type { FieldHook } from 'payload'

import { ValidationError } from 'payload'

import { bilingualText, CONTENT_MESSAGES } from '../src/messages'
import { richTextProblem } from '../src/content/richText'

/**
 * Refuses a rich-text value that is not a well-formed Lexical state, nests too deep, or links to a URL
 * outside the allow-list (`javascript:`, `data:`…), with a 400 on the field's path. It runs before
 * Lexical's own hooks, which would otherwise walk a malformed tree and fail with a 500.
 */
export const checkRichTextBeforeValidate: FieldHook = ({ value, path, collection, req }) => {
  const problem = richTextProblem(value)
  if (!problem) return value
  const message =
    problem.kind === 'unsafe-link'
      ? CONTENT_MESSAGES.linkUnsafe(problem.url)
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
