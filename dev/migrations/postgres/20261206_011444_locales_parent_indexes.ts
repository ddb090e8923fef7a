import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "articles_locales_parent_idx" ON "articles_locales" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_locales_parent_idx" ON "_articles_v_locales" USING btree ("_parent_id");
  CREATE INDEX "sections_locales_parent_idx" ON "sections_locales" USING btree ("_parent_id");
  CREATE INDEX "sources_locales_parent_idx" ON "sources_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_locales_parent_idx";
  DROP INDEX "_articles_v_locales_parent_idx";
  DROP INDEX "sections_locales_parent_idx";
  DROP INDEX "sources_locales_parent_idx";`)
}
