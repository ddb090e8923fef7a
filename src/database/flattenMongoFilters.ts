/**
 * Payload's MongoDB adapter wraps conditions in `$and` (and writes equality as `{ $eq: value }`) even
 * when there is one. MongoDB's planner sees through that; servers that speak MongoDB's protocol over
 * another storage engine often do not — FerretDB 1.x hands `{ slug: 'x' }` to PostgreSQL's jsonb index
 * but filters `{ $and: [{ slug: { $eq: 'x' } }] }` document by document in Go, a hundred times slower on a
 * few hundred articles. This rewrites a filter into the same conditions in their plainest form:
 * `$and` members merged into the top level when no field repeats, `{ $eq: v }` on a scalar as `v`.
 * The rewritten filter matches exactly the same documents.
 *
 * @example
 * flattenMongoFilter({ $and: [{ slug: { $eq: 'x' } }, { _status: { $ne: 'draft' } }] })
 * // { slug: 'x', _status: { $ne: 'draft' } }
 */
export function flattenMongoFilter<T>(filter: T): T {
  if (!isPlainObject(filter)) return filter
  const result: Record<string, unknown> = {}
  const members: Record<string, unknown>[] = []
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      members.push(...value.map((member) => flattenMongoFilter(member) as Record<string, unknown>))
    } else if ((key === '$or' || key === '$nor') && Array.isArray(value)) {
      result[key] = value.map((member) => flattenMongoFilter(member))
    } else {
      result[key] = key.startsWith('$') ? value : plainEquality(value)
    }
  }
  const rest: Record<string, unknown>[] = []
  for (const member of members) {
    const keys = Object.keys(member)
    if (isPlainObject(member) && keys.every((key) => !(key in result) && key !== '$and')) Object.assign(result, member)
    else rest.push(member)
  }
  if (rest.length > 0) result.$and = rest
  return result as T
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/** `{ $eq: v }` → `v` for strings, numbers, booleans, dates and ObjectIds (never for objects or arrays). */
function plainEquality(condition: unknown): unknown {
  if (!isPlainObject(condition)) return condition
  const keys = Object.keys(condition)
  if (keys.length !== 1 || keys[0] !== '$eq') return condition
  const value = condition.$eq
  const scalar =
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date ||
    (typeof value === 'object' && value !== null && (value as { _bsontype?: unknown })._bsontype === 'ObjectId')
  return scalar ? value : condition
}

const FILTERED_OPERATIONS = [
  'countDocuments',
  'deleteMany',
  'deleteOne',
  'distinct',
  'find',
  'findOne',
  'findOneAndDelete',
  'findOneAndReplace',
  'findOneAndUpdate',
  'replaceOne',
  'updateMany',
  'updateOne',
] as const

/**
 * A mongoose schema plugin applying `flattenMongoFilter` to every query and to the `$match` stages of
 * aggregations. Install it on the adapter's connection before its models compile:
 *
 * @example
 * mongooseAdapter({ url, afterCreateConnection: async (adapter) => void adapter.connection.plugin(flattenMongoFilters) })
 */
export function flattenMongoFilters(schema: MiddlewareSchema): void {
  schema.pre([...FILTERED_OPERATIONS], function flatten(this: { getFilter(): unknown; setQuery(filter: unknown): void }) {
    this.setQuery(flattenMongoFilter(this.getFilter()))
  })
  schema.pre('aggregate', function flatten(this: { pipeline(): Record<string, unknown>[] }) {
    for (const stage of this.pipeline()) {
      if (isPlainObject(stage.$match)) stage.$match = flattenMongoFilter(stage.$match)
    }
  })
}

/** The part of a mongoose `Schema` the plugin uses (mongoose's own overloads type each hook apart). */
type MiddlewareSchema = {
  pre(operations: string | string[], hook: (this: never) => void): unknown
}
