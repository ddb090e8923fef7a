import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`auth_attempts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`auth_attempts_key_idx\` ON \`auth_attempts\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`auth_attempts_updated_at_idx\` ON \`auth_attempts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`auth_attempts_created_at_idx\` ON \`auth_attempts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`key_createdAt_idx\` ON \`auth_attempts\` (\`key\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`auth_attempts\`;`)
}
