import type { Config } from 'payload'

/** Media goes through sharp (sizes, WebP, EXIF stripping): without it the first upload would fail. */
export function requireSharp(config: Config): void {
  if (config.sharp) return
  throw new Error(
    "[payload-newsroom] The config has no `sharp`: install it (`npm install sharp`) and pass it to Payload: `import sharp from 'sharp'` then `buildConfig({ sharp, … })`. The newsroom's media collection needs it to resize and clean images.",
  )
}
