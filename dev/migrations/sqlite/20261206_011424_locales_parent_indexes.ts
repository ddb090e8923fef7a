import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`articles_locales_parent_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sections_locales_parent_idx\` ON \`sections_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sources_locales_parent_idx\` ON \`sources_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`sections_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`sources_locales_parent_idx\`;`)
}
