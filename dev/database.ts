import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { flattenMongoFilters } from 'payload-newsroom'

import { dataDirectory } from './environment'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Which adapter a `DATABASE_URI` selects; no URI means the embedded SQLite file `.data/newsroom.db`. */
export function databaseKind(uri: string | undefined): DatabaseKind {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `[payload-newsroom] DATABASE_URI must start with file:, postgres:// or mongodb:// — got "${uri.replace(/\/\/[^@/]*@/, '//***@')}".`,
  )
}

/**
 * The database adapter for a URI. Each SQL adapter has its own migrations folder; in production
 * (where Payload does not push the schema) pending migrations run on start-up.
 */
export function databaseAdapter(uri: string | undefined = process.env.DATABASE_URI): DatabaseAdapterObj {
  const kind = databaseKind(uri)
  const migrationRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations')
  switch (kind) {
    case 'sqlite':
      // The newsroom plugin queues this adapter's transactions in-process (SQLite has one writer at a time).
      return sqliteAdapter({
        client: { url: uri ?? `file:${path.join(dataDirectory(), 'newsroom.db')}` },
        migrationDir: path.join(migrationRoot, 'sqlite'),
        prodMigrations: sqliteMigrations,
        // Run each request in a transaction, as Postgres does, so a failing hook rolls the save back.
        transactionOptions: {},
      })
    case 'postgres':
      return postgresAdapter({
        // Slug reservations commit on their own connection while the request holds its transaction's
        // (see src/content/slugRegistry.ts): room for both, and an error instead of a wait if it ever runs out.
        pool: { connectionString: uri, max: 30, connectionTimeoutMillis: 15_000 },
        migrationDir: path.join(migrationRoot, 'postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({
        url: uri ?? '',
        // The unique indexes (slug history, transition keys, delivery keys) decide races: build them
        // before the first write instead of in the background. MongoDB needs no migrations.
        ensureIndexes: true,
        // Conditions in their plainest form (same documents), which MongoDB-compatible servers can index.
        afterCreateConnection: async (adapter) => void adapter.connection.plugin(flattenMongoFilters),
      })
  }
}
