import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

const nextConfig: NextConfig = {
  // Tests build into their own folder so a developer's running server keeps its build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
