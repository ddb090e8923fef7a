/**
 * Whether the database under test runs transactions, decided from `TEST_DATABASE_URI` as the adapters
 * decide it: SQLite (as the host configures it) and PostgreSQL do; `@payloadcms/db-mongodb` turns them
 * off unless the connection names a replica set. FerretDB has none at all (FerretDB issue #1548,
 * `commitTransaction` not implemented).
 *
 * Tests of what a rollback undoes run only where there is a rollback: `test.runIf(TRANSACTIONS)`.
 */
export const TRANSACTIONS: boolean = (() => {
  const uri = process.env.TEST_DATABASE_URI ?? 'sqlite'
  if (!/^mongodb(\+srv)?:\/\//.test(uri)) return true
  return new URL(uri).searchParams.has('replicaSet')
})()

