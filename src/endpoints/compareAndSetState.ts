import type { Payload, PayloadRequest } from 'payload'

import type { Id } from '../workflow/ids'
import type { WorkflowState } from '../workflow/states'

/**
 * Atomic writes of the `workflowStatus` column of an article's live row, done with one conditional
 * statement in the request's transaction. Payload's own `updateMany` reads the matching ids and then
 * updates them by id, so two concurrent requests can both pass the read: it is not a compare-and-set.
 *
 * On Postgres the conditional `UPDATE … WHERE id = $1 AND workflow_status = $2` takes the row lock;
 * a concurrent request blocks on it and, once the first commits, re-checks its condition, finds the new
 * state and updates nothing. On SQLite write transactions are serialised by the database. On MongoDB
 * the filter of `updateOne` is matched and applied atomically on the document.
 */

type Column = unknown
type Condition = unknown

/** The parts of Payload's SQL adapters (Postgres, SQLite) this module uses. */
type DrizzleAdapter = {
  drizzle: DrizzleDatabase
  sessions?: Record<string, { db?: DrizzleDatabase } | undefined>
  tables: Record<string, Record<string, Column> | undefined>
  tableNameMap: Map<string, string>
  operators: {
    and: (...conditions: Condition[]) => Condition
    equals: (column: Column, value: unknown) => Condition
    isNull: (column: Column) => Condition
  }
}

type DrizzleDatabase = {
  update: (table: unknown) => {
    set: (values: Record<string, unknown>) => {
      where: (condition: Condition) => { returning: (fields: Record<string, Column>) => Promise<unknown[]> }
    }
  }
}

/** The parts of Payload's MongoDB adapter this module uses. */
type MongooseAdapter = {
  collections: Record<
    string,
    | {
        updateOne: (
          filter: Record<string, unknown>,
          update: Record<string, unknown>,
          options: Record<string, unknown>,
        ) => Promise<{ matchedCount?: number; modifiedCount?: number }>
      }
    | undefined
  >
  sessions?: Record<string, unknown>
}

function isDrizzle(db: unknown): db is DrizzleAdapter {
  const candidate = db as Partial<DrizzleAdapter>
  return Boolean(candidate.drizzle && candidate.tables && candidate.tableNameMap && candidate.operators)
}

function isMongoose(db: unknown): db is MongooseAdapter {
  const candidate = db as Partial<MongooseAdapter> & { name?: string }
  return candidate.name === 'mongoose' && typeof candidate.collections === 'object'
}

function snakeCase(slug: string): string {
  return slug.replace(/[-\s]+/g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
}

export type CompareAndSetArgs = {
  payload: Payload
  req: PayloadRequest
  collection: string
  id: Id
  /**
   * The state the row must still hold. `null` matches a row that predates the workflow (no state
   * stored). `undefined` writes unconditionally (used to copy a state already decided elsewhere).
   */
  from?: WorkflowState | null
  to: WorkflowState
}

/**
 * Sets `workflowStatus` to `to` on the article's row if it still holds `from`, in the request's
 * transaction. Returns `true` when exactly one row changed, `false` when the state had moved on (the
 * caller lost a race, or the article is gone).
 *
 * @throws Error for a database adapter other than Postgres, SQLite or MongoDB.
 */
export async function compareAndSetState(args: CompareAndSetArgs): Promise<boolean> {
  const { payload, req, collection, id, from, to } = args
  const db: unknown = payload.db
  const transactionID = req.transactionID ? String(await req.transactionID) : undefined

  if (isDrizzle(db)) {
    const tableName = db.tableNameMap.get(snakeCase(collection)) ?? snakeCase(collection)
    const table = db.tables[tableName]
    if (!table?.id || !table.workflowStatus) {
      throw new Error(`[payload-newsroom] The table of "${collection}" has no workflowStatus column.`)
    }
    const session = transactionID ? db.sessions?.[transactionID]?.db : undefined
    const { and, equals, isNull } = db.operators
    const conditions: Condition[] = [equals(table.id, id)]
    if (from === null) conditions.push(isNull(table.workflowStatus))
    else if (from !== undefined) conditions.push(equals(table.workflowStatus, from))
    const rows = await (session ?? db.drizzle)
      .update(table)
      .set({ workflowStatus: to })
      .where(and(...conditions))
      .returning({ id: table.id })
    return rows.length === 1
  }

  if (isMongoose(db)) {
    const model = db.collections[collection]
    if (!model) throw new Error(`[payload-newsroom] No MongoDB model for "${collection}".`)
    const filter: Record<string, unknown> = { _id: id }
    if (from === null) filter.workflowStatus = { $in: [null] }
    else if (from !== undefined) filter.workflowStatus = from
    const session = transactionID ? db.sessions?.[transactionID] : undefined
    const result = await model.updateOne(filter, { $set: { workflowStatus: to } }, session ? { session } : {})
    return (result.matchedCount ?? result.modifiedCount ?? 0) === 1
  }

  throw new Error(
    `[payload-newsroom] The editorial workflow needs the Postgres, SQLite or MongoDB adapter (found "${payload.db.name}").`,
  )
}
