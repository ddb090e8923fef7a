import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_SLUGS, paragraphsToLexical, parsePlainTextArticle, zonedTimeToUtc } from 'payload-newsroom'

/** The demo article: a real story from an Arabic news site, in the plain-text layout the importer reads. */
export const DEMO_ARTICLE_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'demo/dar-al-hilal-2021-07-16.txt')

export const DEMO_USERS = [
  { email: 'admin@newsroom.test', name: 'مدير النظام', roles: ['admin'], inSection: false },
  { email: 'editor-in-chief@newsroom.test', name: 'رئيسة التحرير', roles: ['editor-in-chief'], inSection: false },
  { email: 'section-editor@newsroom.test', name: 'محرر القسم', roles: ['section-editor'], inSection: true },
  { email: 'reviewer@newsroom.test', name: 'المراجِعة', roles: ['reviewer'], inSection: true },
  { email: 'writer@newsroom.test', name: 'الكاتب', roles: ['writer'], inSection: true },
] as const

type SeedOptions = {
  /** Password for every demo user; a random one is generated and logged once when absent. */
  password?: string
  /** The newsroom's time zone, in which the article's printed time is read. */
  timezone: string
  slugs?: typeof DEFAULT_SLUGS
}

export type SeedResult = {
  created: string[]
  articleId: number | string
  sectionId: number | string
  sourceId: number | string
}

async function findOne(payload: Payload, collection: string, field: string, value: string) {
  const result = await payload.find({
    collection,
    where: { [field]: { equals: value } },
    limit: 1,
    locale: 'ar',
    draft: true,
    depth: 0,
  })
  return result.docs[0]
}

/**
 * Creates the demo section, source, users and published article if they are missing. Safe to run on
 * every start: each record is looked up by a natural key first, so nothing is duplicated.
 */
export async function seedDemoContent(payload: Payload, options: SeedOptions): Promise<SeedResult> {
  const slugs = options.slugs ?? DEFAULT_SLUGS
  const article = parsePlainTextArticle(readFileSync(DEMO_ARTICLE_FILE, 'utf8'))
  const created: string[] = []

  let section = await findOne(payload, slugs.sections, 'name', article.section)
  if (!section) {
    section = await payload.create({
      collection: slugs.sections,
      locale: 'ar',
      data: { name: article.section, description: 'أخبار العالم العربي والدولي' },
    })
    await payload.update({
      collection: slugs.sections,
      id: section.id,
      locale: 'en',
      data: { name: 'Arab and World' },
    })
    created.push(`${slugs.sections}:${section.id}`)
  }

  let source = await findOne(payload, slugs.sources, 'name', article.source)
  if (!source) {
    source = await payload.create({
      collection: slugs.sources,
      locale: 'ar',
      data: { name: article.source, kind: 'newspaper', creditLine: article.source },
    })
    await payload.update({
      collection: slugs.sources,
      id: source.id,
      locale: 'en',
      data: { name: 'Dar Al-Hilal', creditLine: 'Dar Al-Hilal' },
    })
    created.push(`${slugs.sources}:${source.id}`)
  }

  let generatedPassword: string | undefined
  const userIds = new Map<string, number | string>()
  for (const demo of DEMO_USERS) {
    const existing = await findOne(payload, slugs.users, 'email', demo.email)
    if (existing) {
      userIds.set(demo.email, existing.id)
      continue
    }
    const password = options.password || (generatedPassword ??= randomBytes(9).toString('base64url'))
    const user = await payload.create({
      collection: slugs.users,
      data: {
        email: demo.email,
        password,
        name: demo.name,
        roles: [...demo.roles],
        sections: demo.inSection ? [section.id] : [],
      },
    })
    userIds.set(demo.email, user.id)
    created.push(`${slugs.users}:${demo.email}`)
  }
  if (generatedPassword) {
    payload.logger.info(
      `Demo users (${DEMO_USERS.map((user) => user.email).join(', ')}) were created with the password: ${generatedPassword} — it is shown only once; set DEMO_PASSWORD to choose one.`,
    )
  }

  const reviewerId = userIds.get('reviewer@newsroom.test')
  const reviewers = ((section as { reviewers?: unknown[] }).reviewers ?? []).map((entry) =>
    typeof entry === 'object' && entry !== null ? (entry as { id: number | string }).id : (entry as number | string),
  )
  if (reviewerId !== undefined && !reviewers.some((id) => String(id) === String(reviewerId))) {
    await payload.update({
      collection: slugs.sections,
      id: section.id,
      data: { reviewers: [...reviewers, reviewerId] },
    })
  }

  let doc = await findOne(payload, slugs.articles, 'title', article.title)
  if (!doc) {
    const writerId = userIds.get('writer@newsroom.test')
    doc = await payload.create({
      collection: slugs.articles,
      locale: 'ar',
      data: {
        title: article.title,
        kicker: article.kicker,
        excerpt: article.paragraphs[0],
        body: paragraphsToLexical(article.paragraphs),
        section: section.id,
        source: source.id,
        publishedAt: zonedTimeToUtc(article.published, options.timezone).toISOString(),
        publishedAt_tz: options.timezone,
        authors: writerId === undefined ? [] : [writerId],
        tags: [article.kicker],
        _status: 'published',
        // Seeding is trusted server code (overrideAccess): the story is already published, so its
        // workflow state says so directly instead of walking through review.
        workflowStatus: 'published',
      },
    })
    created.push(`${slugs.articles}:${doc.id}`)
    payload.logger.info(`Demo article published: «${article.title}»`)
  }

  return { created, articleId: doc.id, sectionId: section.id, sourceId: source.id }
}
