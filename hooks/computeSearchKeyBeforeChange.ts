import type { CollectionBeforeChangeHook } from 'payload'

import { searchKey } from '../src/text'

/**
 * Keeps a hidden, folded copy of the searchable text (harakat and hamza seats folded, digits as ASCII) so
 * a search for «احمد» finds «أحمد». Computed per locale from the fields named.
 */
export const computeSearchKeyBeforeChange =
  ({ fields }: { fields: readonly string[] }): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    if (!data) return data
    const parts = fields.map((name) => {
      const value: unknown = name in data ? data[name] : originalDoc?.[name]
      return typeof value === 'string' ? value : ''
    })
    return { ...data, searchKey: searchKey(parts.join(' ')) }
  }
