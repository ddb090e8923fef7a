import { createRequire } from 'node:module'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

const src = path.resolve(import.meta.dirname, 'src')

/** Tests import the plugin by its package name, as the demo app and users do; here it resolves to src/. */
const entries: Record<string, string> = {
  'payload-newsroom/client': 'exports/client.ts',
  'payload-newsroom/rsc': 'exports/rsc.ts',
  'payload-newsroom/text': 'text/index.ts',
  'payload-newsroom/workflow': 'workflow/index.ts',
  'payload-newsroom/webhooks': 'exports/webhooks.ts',
  'payload-newsroom': 'index.ts',
}

export default defineConfig({
  resolve: {
    alias: [
      ...Object.entries(entries).map(([name, file]) => ({
        find: new RegExp(`^${name.replace('/', '\\/')}$`),
        replacement: path.join(src, file),
      })),
      // graphql as Node loads it for Payload (CommonJS): the bundler would pick its ES build for our code, and
      // graphql's errors and schema types only work within one copy of it.
      { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
