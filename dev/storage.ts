import type { Plugin } from 'payload'

import { createRequire } from 'node:module'

type Environment = Record<string, string | undefined>

/**
 * Media on S3-compatible storage (AWS S3, Cloudflare R2, MinIO, Ceph…) when `S3_BUCKET` is set, through
 * `@payloadcms/storage-s3`: originals and every generated size go to the bucket and nothing stays on the
 * instance's disk, so any number of instances serve the same files. Without `S3_BUCKET` files stay in
 * `.data/media`.
 *
 * - `S3_BUCKET` — the bucket; `S3_REGION` (default `us-east-1`);
 * - `S3_ENDPOINT` — for services other than AWS (`https://<account>.r2.cloudflarestorage.com`,
 *   `http://minio:9000`); `S3_FORCE_PATH_STYLE` (`true` by default when an endpoint is given);
 * - `S3_ACCESS_KEY_ID`, `S3_SECRET_ACCESS_KEY` — otherwise the AWS SDK's usual chain (instance role…);
 * - `S3_PREFIX` — a folder inside the bucket.
 */
export function mediaStorage(env: Environment = process.env, mediaSlug = 'media'): Plugin[] {
  const bucket = env.S3_BUCKET
  if (!bucket) return []
  const endpoint = env.S3_ENDPOINT || undefined
  const forcePathStyle = env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(endpoint)
  const credentials =
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
      : undefined
  // Loaded only when asked for: Payload's CLI (generate:types, migrate) loads this config, and importing the
  // AWS SDK there for nothing left the CLI exiting without a word.
  const { s3Storage } = createRequire(import.meta.url)('@payloadcms/storage-s3') as typeof import('@payloadcms/storage-s3')
  return [
    s3Storage({
      bucket,
      collections: { [mediaSlug]: env.S3_PREFIX ? { prefix: env.S3_PREFIX } : true },
      config: { region: env.S3_REGION ?? 'us-east-1', endpoint, forcePathStyle, ...(credentials ? { credentials } : {}) },
    }),
  ]
}
