import type { CollectionBeforeChangeHook } from 'payload'

import { lexicalToText } from '../src/frontend/lexical'
import { searchKey } from '../src/text'

/**
 * Keeps a hidden, folded copy of the body's text (as `searchKey` does for the headline fields), so the
 * frontend's search finds words of the body too, ranked after headline matches.
 */
export const computeBodySearchKeyBeforeChange =
  ({ field = 'body' }: { field?: string } = {}): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    if (!data) return data
    const body: unknown = field in data ? data[field] : originalDoc?.[field]
    return { ...data, bodySearchKey: searchKey(lexicalToText(body)) }
  }
