import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/** Marks an adapter already wrapped, so that wrapping twice changes nothing. */
const INDEXED = Symbol.for('payload-newsroom.localesParentIndexes')

type RawTable = { name: string; columns: Record<string, unknown>; indexes?: Record<string, { name: string; on: string | string[]; unique?: boolean }> }
type SchemaHook = (args: { adapter: { rawTables?: Record<string, RawTable> }; schema: unknown }) => unknown

/** The SQL table names Payload gives a collection's localized rows and its versions' (snake case). */
function localesTableNames(slug: string): string[] {
  const table = slug.replace(/-/g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
  return [`${table}_locales`, `_${table}_v_locales`]
}

/**
 * Payload's SQL adapters give each localized table (`articles_locales`, `_articles_v_locales`, …) one
 * unique index on (`_locale`, `_parent_id`). A read of a document in every locale — which each save makes
 * of the document it changes, and `?locale=all` asks for — looks its rows up by `_parent_id` alone, which
 * that index cannot serve: the whole table is scanned. At 100,000 articles that is about 50 ms per
 * lookup on SQLite, growing with the archive (and with every version kept). This adds an index on
 * `_parent_id` to the localized tables of the given collections and of their versions, through the
 * adapter's `beforeSchemaInit` hook, so that migrations (and development's schema push) create it.
 * Other adapters (MongoDB keeps locales inside the document) are returned unchanged.
 */
export function withLocalesParentIndexes<T extends DatabaseAdapterObj>(adapterObj: T, collectionSlugs: readonly string[]): T {
  if ((adapterObj as { [INDEXED]?: true })[INDEXED]) return adapterObj
  const wanted = new Set(collectionSlugs.flatMap(localesTableNames))
  const hook: SchemaHook = ({ adapter, schema }) => {
    for (const table of Object.values(adapter.rawTables ?? {})) {
      if (!wanted.has(table.name) || !('_parentID' in table.columns)) continue
      const indexes = (table.indexes ??= {})
      const served = Object.values(indexes).some((index) => (Array.isArray(index.on) ? index.on[0] : index.on) === '_parentID')
      if (!served) indexes._parentIdx = { name: `${table.name}_parent_idx`, on: ['_parentID'] }
    }
    return schema
  }
  return {
    ...adapterObj,
    [INDEXED]: true,
    init: (args) => {
      const adapter = adapterObj.init(args) as BaseDatabaseAdapter & { beforeSchemaInit?: SchemaHook[] }
      if (Array.isArray(adapter.beforeSchemaInit)) adapter.beforeSchemaInit = [...adapter.beforeSchemaInit, hook]
      return adapter
    },
  }
}
