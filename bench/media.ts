/**
 * A 4000×3000 photo (with grain, EXIF orientation and GPS) through the whole media upload — Payload's Local
 * API `create` with our checks, normalization, sizes and placeholder, SQLite insert and file writes —
 * against calling sharp directly for the same outputs (stripped upright original, every size in JPEG and
 * WebP, the placeholder, files written), in the same process, alternating, with sharp's cache off.
 * Prints median time and peak memory for each, and the time ratio (target ≤ 1.2×).
 *
 * Memory is the process's: RSS sampled every 5 ms, reported as the peak above the level at the start of
 * each run (median over runs) and as the highest RSS seen. libvips and the C allocator keep memory for
 * reuse, so later runs start from a higher floor; the absolute maximum is the safer figure for sizing.
 */
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import { buildConfig, getPayload } from 'payload'
import sharp from 'sharp'

import { blurDataURL, normalizeImage, readImageHeader } from '../src/media/image'
import { MEDIA_SIZES, WEBP_QUALITY, webpSizeName } from '../src/media/sizes'
import { newsroomPlugin } from '../src/index'
import { makePhoto } from '../tests/helpers/images'

export type MediaBenchSide = {
  /** Median wall time of one upload, in milliseconds. */
  medianMs: number
  minMs: number
  maxMs: number
  /** Median over runs of the peak resident set size above the level at the start of the run, in MiB. */
  peakRssMiB: number
  /** Median over runs of the peak V8 heap (used) above the start of the run, in MiB. */
  peakHeapMiB: number
  /** Highest resident set size of the process seen during this side's runs, in MiB. */
  maxRssMiB: number
}

export type MediaBenchResult = {
  width: number
  height: number
  inputBytes: number
  runs: number
  payload: MediaBenchSide
  direct: MediaBenchSide
  /** payload.medianMs / direct.medianMs */
  ratio: number
  target: number
}

const MiB = 1024 * 1024
const TARGET_RATIO = 1.2

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

type Sample = { ms: number; rss: number; heap: number; maxRss: number }

v8.setFlagsFromString('--expose-gc')
/** A full garbage collection before each run, so one run's garbage is not charged to the next. */
const collectGarbage = vm.runInNewContext('gc') as () => void

/** Runs `task` while sampling memory every 5 ms; returns its time and peaks above the starting level. */
async function measure(task: () => Promise<void>): Promise<Sample> {
  collectGarbage()
  const start = process.memoryUsage()
  let peakRss = start.rss
  let peakHeap = start.heapUsed
  const sample = () => {
    const now = process.memoryUsage()
    peakRss = Math.max(peakRss, now.rss)
    peakHeap = Math.max(peakHeap, now.heapUsed)
  }
  const timer = setInterval(sample, 5)
  const began = performance.now()
  try {
    await task()
  } finally {
    clearInterval(timer)
  }
  const ms = performance.now() - began
  sample()
  return {
    ms,
    rss: (peakRss - start.rss) / MiB,
    heap: (peakHeap - start.heapUsed) / MiB,
    maxRss: peakRss / MiB,
  }
}

function summarize(samples: Sample[]): MediaBenchSide {
  const times = samples.map((sample) => sample.ms)
  return {
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    peakRssMiB: median(samples.map((sample) => sample.rss)),
    peakHeapMiB: median(samples.map((sample) => sample.heap)),
    maxRssMiB: Math.max(...samples.map((sample) => sample.maxRss)),
  }
}

/**
 * The same outputs as the media collection, by hand: header read, normalized original, every size in
 * the original format and in WebP (the fixed-frame size cropped around the centre, Payload's default focal
 * point), the placeholder from the thumbnail, every file written.
 */
async function directUpload(input: Buffer, directory: string, maxInputPixels: number): Promise<void> {
  const header = await readImageHeader(sharp, input)
  const original = await normalizeImage(sharp, input, 'image/jpeg', { maxInputPixels, header })
  const files: { name: string; data: Buffer }[] = [{ name: 'photo.jpg', data: original.data }]
  const outputs = await Promise.all(
    MEDIA_SIZES.flatMap((spec) =>
      [false, true].map(async (webp) => {
        let pipeline = sharp(original.data)
        pipeline =
          spec.height === undefined
            ? pipeline.resize({ width: spec.width, withoutEnlargement: true })
            : pipeline.resize({ width: spec.width, height: spec.height, fit: 'cover', position: 'centre' })
        if (webp) pipeline = pipeline.webp({ quality: WEBP_QUALITY })
        const { data, info } = await pipeline.toBuffer({ resolveWithObject: true })
        const name = webp ? webpSizeName(spec.name) : spec.name
        return { name: `photo-${name}-${info.width}x${info.height}.${webp ? 'webp' : 'jpg'}`, data, size: name }
      }),
    ),
  )
  files.push(...outputs)
  const thumbnail = outputs.find((output) => output.size === 'thumbnail')
  if (!thumbnail) throw new Error('no thumbnail')
  await blurDataURL(sharp, thumbnail.data)
  await Promise.all(files.map((file) => writeFile(path.join(directory, file.name), file.data)))
}

export async function runMediaBench({ runs = 9, width = 4000, height = 3000 } = {}): Promise<MediaBenchResult> {
  // The same input in every run: keep libvips from answering from its cache.
  sharp.cache(false)
  const directory = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-media-'))
  const staticDir = path.join(directory, 'payload')
  const directDir = path.join(directory, 'direct')
  mkdirSync(directDir, { recursive: true })
  const maxInputPixels = 50_000_000

  const config = await buildConfig({
    secret: 'bench-secret',
    telemetry: false,
    sharp,
    db: sqliteAdapter({ client: { url: `file:${path.join(directory, 'bench.db')}` }, transactionOptions: {} }),
    plugins: [newsroomPlugin({ media: { staticDir, maxInputPixels } })],
  })
  const payload = await getPayload({ config, key: 'bench-media' })
  try {
    const input = await makePhoto({ width, height, orientation: 6, exif: true })
    const viaPayload = async () => {
      const doc = await payload.create({
        collection: 'media',
        data: { alt: 'صورة للاختبار' },
        file: { data: input, name: 'photo.jpg', mimetype: 'image/jpeg', size: input.length },
      })
      if (!doc.blurDataURL) throw new Error('no placeholder')
    }
    const direct = () => directUpload(input, directDir, maxInputPixels)

    await measure(viaPayload) // warm-up: module loading, first query
    await measure(direct)
    const payloadSamples: Sample[] = []
    const directSamples: Sample[] = []
    for (let run = 0; run < runs; run += 1) {
      if (run % 2 === 0) {
        payloadSamples.push(await measure(viaPayload))
        directSamples.push(await measure(direct))
      } else {
        directSamples.push(await measure(direct))
        payloadSamples.push(await measure(viaPayload))
      }
    }

    const viaPayloadSide = summarize(payloadSamples)
    const directSide = summarize(directSamples)
    const result: MediaBenchResult = {
      width,
      height,
      inputBytes: input.length,
      runs,
      payload: viaPayloadSide,
      direct: directSide,
      ratio: viaPayloadSide.medianMs / directSide.medianMs,
      target: TARGET_RATIO,
    }
    const row = (side: MediaBenchSide) => ({
      'median ms': side.medianMs.toFixed(0),
      'min–max ms': `${side.minMs.toFixed(0)}–${side.maxMs.toFixed(0)}`,
      'peak RSS +MiB': side.peakRssMiB.toFixed(0),
      'peak heap +MiB': side.peakHeapMiB.toFixed(1),
      'max RSS MiB': side.maxRssMiB.toFixed(0),
    })
    console.log(
      `\n# media upload: ${width}×${height} JPEG (${(input.length / MiB).toFixed(1)} MiB, EXIF orientation 6 + GPS), ${runs} runs each`,
    )
    console.table({
      'media collection (Payload Local API create)': row(viaPayloadSide),
      'baseline: sharp directly, same outputs': row(directSide),
    })
    const verdict = result.ratio <= TARGET_RATIO ? 'within' : 'above'
    console.log(`ratio collection / direct sharp: ${result.ratio.toFixed(2)}×  (${verdict} the ${TARGET_RATIO}× target)`)
    return result
  } finally {
    await payload.destroy()
    rmSync(directory, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runMediaBench()
  process.exit(0)
}
