import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { HttpServer } from '../helpers/http'
import type { TestPayload } from '../helpers/payload'
import type { NewsroomFixture } from '../helpers/workflow'

import { startHttpServer } from '../helpers/http'
import { makePhoto } from '../helpers/images'
import { bootPayload } from '../helpers/payload'
import { PASSWORD, createArticle, seedNewsroom } from '../helpers/workflow'

/*
 * The access matrix: every actor × every operation × every door (REST, GraphQL, the Local API with
 * overrideAccess: false), generated from one table, WHO, written from docs/security.md and
 * docs/workflow.md. A case holds when the operation takes effect for the actors the table names and
 * for nobody else — judged by what the database holds afterwards (or what the answer disclosed, for
 * reads), not by the status code alone: a field Payload silently drops is a refusal too. No case may
 * answer 5xx. Workflow actions have their own matrix (workflow-matrix.test.ts).
 *
 * Actors: anonymous; the writer (author of "own" articles); a colleague (a second writer of the same
 * section); the section's reviewer and editor; the editor-in-chief; an admin. Articles: the writer's draft,
 * the colleague's draft, a draft of another section (by the editor-in-chief), the writer's article in
 * review, the writer's published article.
 */

const ACTORS = ['anonymous', 'writer', 'colleague', 'reviewer', 'section-editor', 'editor-in-chief', 'admin'] as const
type Actor = (typeof ACTORS)[number]
type Door = 'REST' | 'GraphQL' | 'Local'

const STAFF: Actor[] = ['writer', 'colleague', 'reviewer', 'section-editor', 'editor-in-chief', 'admin']
const CHIEFS: Actor[] = ['editor-in-chief', 'admin']
const DESK_EDITORS: Actor[] = ['section-editor', ...CHIEFS]
const EVERYONE: Actor[] = [...ACTORS]

/** The table: who may do each thing. Everything below only carries it out and checks it. */
const WHO = {
  'article: read the writer’s draft': STAFF,
  'article: read another section’s draft': STAFF,
  'article: read a published article': EVERYONE,
  'article: read the versions of the writer’s draft': STAFF,
  'article: create in the own section': STAFF,
  'article: create in another section': CHIEFS,
  'article: edit the writer’s draft': ['writer', ...DESK_EDITORS],
  'article: edit the colleague’s draft': ['colleague', ...DESK_EDITORS],
  'article: edit another section’s draft': CHIEFS,
  'article: edit an article in review': ['reviewer', ...DESK_EDITORS],
  'article: edit a published article': DESK_EDITORS,
  'article: move the writer’s draft to another section': CHIEFS,
  'article: restore a version of the writer’s draft': ['writer', ...DESK_EDITORS],
  'article: restore a version of another section’s draft': CHIEFS,
  'article: duplicate the writer’s draft': ['writer', ...DESK_EDITORS],
  'article: duplicate another section’s draft': CHIEFS,
  'article: delete the writer’s draft': ['writer', ...DESK_EDITORS],
  'article: delete the colleague’s draft': ['colleague', ...DESK_EDITORS],
  'article: delete another section’s draft': CHIEFS,
  'article: delete an article in review': DESK_EDITORS,
  'article: delete a published article': DESK_EDITORS,
  'section: read its subscribers (own section)': DESK_EDITORS,
  'section: read its subscribers (another section)': CHIEFS,
  'section: read subscribers through an article (depth / nested field)': DESK_EDITORS,
  'section: query by subscriber address': CHIEFS,
  'section: rename the own section': DESK_EDITORS,
  'section: rename another section': CHIEFS,
  'section: add oneself to the own section’s reviewers': DESK_EDITORS,
  'section: create': CHIEFS,
  'section: delete': CHIEFS,
  'source: create': STAFF,
  'source: change the credit line': DESK_EDITORS,
  'source: delete': DESK_EDITORS,
  'media: upload': STAFF,
  'media: change the writer’s image': ['writer', ...CHIEFS],
  'media: change the writer’s image shown on a live article': CHIEFS,
  'media: change the admin’s image': CHIEFS,
  'media: delete the writer’s image': ['writer', ...CHIEFS],
  'media: delete the admin’s image': CHIEFS,
  'users: list the staff': STAFF,
  'users: read the colleague’s email address': ['colleague', 'admin'],
  'users: read an author’s email address through an article': ['colleague', 'admin'],
  'users: give oneself a higher role': ['admin'],
  'users: join another section': ['admin'],
  'users: rename the colleague': ['colleague', 'admin'],
  'users: create an account': ['admin'],
  'users: delete an account': ['admin'],
  'payload: unlock a locked account': ['admin'],
  'payload: run the job queues': ['admin'],
  'payload: take an edit lock in someone else’s name': [],
  'payload: remove someone else’s edit lock': CHIEFS,
  'payload: read someone else’s preferences': [],
  'payload: reset a password without its token': [],
  'payload: ask for a password reset': EVERYONE,
} satisfies Record<string, Actor[]>

type OperationName = keyof typeof WHO

/** What a door answered: its HTTP status (or the Local API's error status, 200 when it resolved). */
type Answer = { status: number; body: unknown; message?: string }

type Operation = {
  doors: Door[]
  /** Applies to this actor (e.g. "oneself" needs a signed-in user). */
  appliesTo?: (actor: Actor) => boolean
  /** A subject per allowed case: the case changes or removes it. Refused cases share one. */
  freshWhenAllowed?: boolean
  subject: () => Promise<Subject>
  run: (door: Door, actor: Actor, subject: Subject) => Promise<Answer>
  /** Whether the operation took effect (or, for reads, the answer disclosed the data). */
  took: (subject: Subject, answer: Answer, door: Door, actor: Actor) => Promise<boolean>
  /** Puts a shared subject back after an allowed case changed it. */
  reset?: (subject: Subject) => Promise<void>
}

type Subject = Record<string, unknown> & { id?: number | string }

let env: TestPayload
let payload: Payload
let http: HttpServer
let fixture: NewsroomFixture
const tokens = {} as Record<Actor, string | undefined>
const users = {} as Record<Actor, (Record<string, unknown> & { id: number | string; email: string; collection: 'users' }) | undefined>
let counter = 0
/** A label no other case used: Arabic words and digits only, so title rules accept it. */
const unique = (label: string) => `${label} رقم ${++counter}${Date.now() % 1_000_000}`
const lit = (value: unknown) => JSON.stringify(value)

// --- the three doors ------------------------------------------------------------------------------

async function rest(actor: Actor, path: string, init: RequestInit & { json?: unknown } = {}): Promise<Answer> {
  const response = await http.request(path, { ...init, token: tokens[actor] })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON
  }
  return { status: response.status, body }
}

async function gql(actor: Actor, query: string): Promise<Answer> {
  const { status, body } = await http.graphql(query, undefined, tokens[actor])
  const errors = body.errors ?? []
  if (errors.length === 0) return { status, body: body.data }
  const statuses = errors.map((error) => Number(error.extensions?.statusCode ?? status))
  return { status: Math.max(...statuses), body: body.data, message: errors.map((error) => error.message).join(' | ') }
}

async function local(actor: Actor, call: (options: { overrideAccess: false; user?: never }) => Promise<unknown>): Promise<Answer> {
  try {
    const body = await call({ overrideAccess: false, ...(users[actor] ? { user: users[actor] as never } : {}) })
    return { status: 200, body }
  } catch (error) {
    const status = Number((error as { status?: unknown }).status)
    const message = String((error as Error).message ?? error)
    return { status: Number.isInteger(status) ? status : 500, body: message, message }
  }
}

const field = (answer: Answer, ...path: string[]): unknown =>
  path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), answer.body)

const idOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' ? idOf((value as { id?: unknown }).id) : value === undefined || value === null ? undefined : String(value)

// --- subjects --------------------------------------------------------------------------------------

const article = async (state: 'draft' | 'in_review' | 'published', by: 'writer' | 'colleague' | 'editor-in-chief' = 'writer', otherDesk = false) => ({
  id: await createArticle(payload, fixture, state, {
    authors: [users[by]!.id],
    ...(otherDesk ? { section: fixture.otherSection } : {}),
  }),
})

const latestTitle = async (id: unknown) =>
  ((await payload.findByID({ collection: 'articles', id: id as never, draft: true, depth: 0, disableErrors: true })) as { title?: string } | null)
    ?.title

const exists = async (collection: string, id: unknown) =>
  Boolean(await payload.findByID({ collection: collection as never, id: id as never, depth: 0, disableErrors: true }))

const countWhere = async (collection: string, where: Record<string, unknown>) =>
  (await payload.count({ collection: collection as never, where: where as never })).totalDocs

async function image(uploader: Actor, live = false): Promise<Subject> {
  const doc = await payload.db.create({
    collection: 'media',
    data: { alt: unique('صورة'), filename: `matrix-${++counter}.jpg`, mimeType: 'image/jpeg', width: 800, height: 600, uploadedBy: users[uploader]!.id },
  })
  if (live) await createArticle(payload, fixture, 'published', { featuredImage: doc.id })
  return { id: doc.id as number | string }
}

// --- operations ------------------------------------------------------------------------------------

const readArticle = (make: () => Promise<Subject>): Operation => ({
  doors: ['REST', 'GraphQL', 'Local'],
  subject: make,
  run: (door, actor, { id }) =>
    door === 'REST'
      ? rest(actor, `/api/articles/${id}?draft=true&depth=0`)
      : door === 'GraphQL'
        ? gql(actor, `{ Article(id: ${lit(id)}, draft: true) { id title } }`)
        : local(actor, (o) => payload.findByID({ collection: 'articles', id: id as never, draft: true, depth: 0, ...o })),
  took: async ({ id }, answer, door) => idOf(door === 'GraphQL' ? field(answer, 'Article') : answer.body) === String(id),
})

const editArticle = (make: () => Promise<Subject>, fresh = false): Operation => ({
  doors: ['REST', 'GraphQL', 'Local'],
  freshWhenAllowed: fresh,
  subject: make,
  run: (door, actor, subject) => {
    const title = unique('عنوان معدل')
    subject.title = title
    return door === 'REST'
      ? rest(actor, `/api/articles/${subject.id}`, { method: 'PATCH', json: { title } })
      : door === 'GraphQL'
        ? gql(actor, `mutation { updateArticle(id: ${lit(subject.id)}, data: { title: ${lit(title)} }) { id } }`)
        : local(actor, (o) => payload.update({ collection: 'articles', id: subject.id as never, data: { title } as never, ...o }))
  },
  took: async (subject) => (await latestTitle(subject.id)) === subject.title,
})

const deleteArticle = (make: () => Promise<Subject>): Operation => ({
  doors: ['REST', 'GraphQL', 'Local'],
  freshWhenAllowed: true,
  subject: make,
  run: (door, actor, { id }) =>
    door === 'REST'
      ? rest(actor, `/api/articles/${id}`, { method: 'DELETE' })
      : door === 'GraphQL'
        ? gql(actor, `mutation { deleteArticle(id: ${lit(id)}) { id } }`)
        : local(actor, (o) => payload.delete({ collection: 'articles', id: id as never, ...o })),
  took: async ({ id }) => !(await exists('articles', id)),
})

const createArticleIn = (otherDesk: boolean): Operation => ({
  doors: ['REST', 'GraphQL', 'Local'],
  subject: async () => ({}),
  run: (door, actor, subject) => {
    const title = unique('خبر جديد')
    subject.title = title
    const section = otherDesk ? fixture.otherSection : fixture.section
    return door === 'REST'
      ? rest(actor, '/api/articles?draft=true', { method: 'POST', json: { title, section } })
      : door === 'GraphQL'
        ? gql(actor, `mutation { createArticle(draft: true, data: { title: ${lit(title)}, section: ${lit(section)} }) { id } }`)
        : local(actor, (o) => payload.create({ collection: 'articles', draft: true, data: { title, section } as never, ...o }))
  },
  took: async (subject) => (await countWhere('articles', { title: { equals: subject.title } })) > 0,
})

const restoreVersion = (make: () => Promise<Subject>): Operation => ({
  doors: ['REST', 'GraphQL', 'Local'],
  subject: async () => {
    const subject = await make()
    await payload.update({ collection: 'articles', id: subject.id as never, draft: true, data: { title: unique('عنوان ثان') } as never })
    const versions = await payload.findVersions({ collection: 'articles', where: { parent: { equals: subject.id } }, sort: 'createdAt', depth: 0 })
    subject.version = versions.docs[0]?.id
    return subject
  },
  run: async (door, actor, subject) => {
    subject.before = (await payload.findVersions({ collection: 'articles', where: { parent: { equals: subject.id } }, limit: 0, depth: 0 })).totalDocs
    const version = subject.version as string
    return door === 'REST'
      ? rest(actor, `/api/articles/versions/${version}`, { method: 'POST' })
      : door === 'GraphQL'
        ? gql(actor, `mutation { restoreVersionArticle(id: ${lit(version)}) { id } }`)
        : local(actor, (o) => payload.restoreVersion({ collection: 'articles', id: version as never, depth: 0, ...o }))
  },
  took: async (subject) =>
    (await payload.findVersions({ collection: 'articles', where: { parent: { equals: subject.id } }, limit: 0, depth: 0 })).totalDocs >
    (subject.before as number),
})

const duplicateArticle = (make: () => Promise<Subject>): Operation => ({
  doors: ['REST', 'GraphQL', 'Local'],
  subject: make,
  run: async (door, actor, subject) => {
    subject.before = await countWhere('articles', {})
    return door === 'REST'
      ? rest(actor, `/api/articles/${subject.id}/duplicate`, { method: 'POST', json: {} })
      : door === 'GraphQL'
        ? gql(actor, `mutation { duplicateArticle(id: ${lit(subject.id)}, data: { title: ${lit(unique('نسخة'))} }) { id } }`)
        : local(actor, (o) => payload.duplicate({ collection: 'articles', id: subject.id as never, ...o }))
  },
  took: async (subject) => (await countWhere('articles', {})) > (subject.before as number),
})

const subscribersOf = (answer: Answer, door: Door): unknown =>
  door === 'GraphQL' ? field(answer, 'Section', 'subscribers') : field(answer, 'subscribers')

const readSubscribers = (otherDesk: boolean): Operation => ({
  doors: ['REST', 'GraphQL', 'Local'],
  subject: async () => ({ id: otherDesk ? fixture.otherSection : fixture.section }),
  run: (door, actor, { id }) =>
    door === 'REST'
      ? rest(actor, `/api/sections/${id}`)
      : door === 'GraphQL'
        ? gql(actor, `{ Section(id: ${lit(id)}) { id subscribers { email } } }`)
        : local(actor, (o) => payload.findByID({ collection: 'sections', id: id as never, ...o })),
  took: async (_subject, answer, door) => {
    const list = subscribersOf(answer, door)
    return Array.isArray(list) && list.length > 0
  },
})

const renameSection = (otherDesk: boolean): Operation => ({
  doors: ['REST', 'GraphQL', 'Local'],
  subject: async () => ({ id: otherDesk ? fixture.otherSection : fixture.section }),
  run: (door, actor, subject) => {
    const name = unique('قسم')
    subject.name = name
    return door === 'REST'
      ? rest(actor, `/api/sections/${subject.id}`, { method: 'PATCH', json: { name } })
      : door === 'GraphQL'
        ? gql(actor, `mutation { updateSection(id: ${lit(subject.id)}, data: { name: ${lit(name)} }) { id } }`)
        : local(actor, (o) => payload.update({ collection: 'sections', id: subject.id as never, data: { name } as never, ...o }))
  },
  took: async (subject) =>
    ((await payload.findByID({ collection: 'sections', id: subject.id as never, depth: 0 })) as { name?: string }).name === subject.name,
})

const changeMedia = (make: () => Promise<Subject>): Operation => ({
  doors: ['REST', 'GraphQL', 'Local'],
  subject: make,
  run: (door, actor, subject) => {
    const alt = unique('نص بديل')
    subject.alt = alt
    return door === 'REST'
      ? rest(actor, `/api/media/${subject.id}`, { method: 'PATCH', json: { alt } })
      : door === 'GraphQL'
        ? gql(actor, `mutation { updateMedia(id: ${lit(subject.id)}, data: { alt: ${lit(alt)} }) { id } }`)
        : local(actor, (o) => payload.update({ collection: 'media', id: subject.id as never, data: { alt } as never, ...o }))
  },
  took: async (subject) =>
    ((await payload.findByID({ collection: 'media', id: subject.id as never, depth: 0 })) as { alt?: string }).alt === subject.alt,
})

const deleteMedia = (make: () => Promise<Subject>): Operation => ({
  doors: ['REST', 'GraphQL', 'Local'],
  freshWhenAllowed: true,
  subject: make,
  run: (door, actor, { id }) =>
    door === 'REST'
      ? rest(actor, `/api/media/${id}`, { method: 'DELETE' })
      : door === 'GraphQL'
        ? gql(actor, `mutation { deleteMedia(id: ${lit(id)}) { id } }`)
        : local(actor, (o) => payload.delete({ collection: 'media', id: id as never, ...o })),
  took: async ({ id }) => !(await exists('media', id)),
})

const signedIn = (actor: Actor) => actor !== 'anonymous'
/** Whose lock or preferences an actor tries to touch: never their own. */
const victimOf = (actor: Actor): Actor => (actor === 'colleague' ? 'writer' : 'colleague')

const lockFor = async (victim: Actor, articleId: unknown) =>
  payload.create({
    collection: 'payload-locked-documents' as never,
    data: { document: { relationTo: 'articles', value: articleId }, user: { relationTo: 'users', value: users[victim]!.id } } as never,
  })

let photo: Buffer

const OPERATIONS: Record<OperationName, Operation> = {
  'article: read the writer’s draft': readArticle(() => article('draft')),
  'article: read another section’s draft': readArticle(() => article('draft', 'editor-in-chief', true)),
  'article: read a published article': readArticle(() => article('published')),
  'article: read the versions of the writer’s draft': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: () => article('draft'),
    run: (door, actor, { id }) =>
      door === 'REST'
        ? rest(actor, `/api/articles/versions?where[parent][equals]=${id}&depth=0`)
        : door === 'GraphQL'
          ? gql(actor, `{ versionsArticles(where: { parent: { equals: ${lit(id)} } }) { docs { id } } }`)
          : local(actor, (o) => payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, depth: 0, ...o })),
    took: async (_subject, answer, door) => {
      const docs = door === 'GraphQL' ? field(answer, 'versionsArticles', 'docs') : field(answer, 'docs')
      return Array.isArray(docs) && docs.length > 0
    },
  },
  'article: create in the own section': createArticleIn(false),
  'article: create in another section': createArticleIn(true),
  'article: edit the writer’s draft': editArticle(() => article('draft')),
  'article: edit the colleague’s draft': editArticle(() => article('draft', 'colleague')),
  'article: edit another section’s draft': editArticle(() => article('draft', 'editor-in-chief', true)),
  'article: edit an article in review': editArticle(() => article('in_review'), true),
  'article: edit a published article': editArticle(() => article('published'), true),
  'article: move the writer’s draft to another section': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: () => article('draft'),
    run: (door, actor, { id }) => {
      const section = fixture.otherSection
      return door === 'REST'
        ? rest(actor, `/api/articles/${id}`, { method: 'PATCH', json: { section } })
        : door === 'GraphQL'
          ? gql(actor, `mutation { updateArticle(id: ${lit(id)}, data: { section: ${lit(section)} }) { id } }`)
          : local(actor, (o) => payload.update({ collection: 'articles', id: id as never, data: { section } as never, ...o }))
    },
    took: async ({ id }) =>
      idOf(((await payload.findByID({ collection: 'articles', id: id as never, draft: true, depth: 0 })) as { section?: unknown }).section) ===
      String(fixture.otherSection),
    reset: async ({ id }) => {
      await payload.update({ collection: 'articles', id: id as never, draft: true, data: { section: fixture.section } as never })
    },
  },
  'article: restore a version of the writer’s draft': restoreVersion(() => article('draft')),
  'article: restore a version of another section’s draft': restoreVersion(() => article('draft', 'editor-in-chief', true)),
  'article: duplicate the writer’s draft': duplicateArticle(() => article('draft')),
  'article: duplicate another section’s draft': duplicateArticle(() => article('draft', 'editor-in-chief', true)),
  'article: delete the writer’s draft': deleteArticle(() => article('draft')),
  'article: delete the colleague’s draft': deleteArticle(() => article('draft', 'colleague')),
  'article: delete another section’s draft': deleteArticle(() => article('draft', 'editor-in-chief', true)),
  'article: delete an article in review': deleteArticle(() => article('in_review')),
  'article: delete a published article': deleteArticle(() => article('published')),

  'section: read its subscribers (own section)': readSubscribers(false),
  'section: read its subscribers (another section)': readSubscribers(true),
  'section: read subscribers through an article (depth / nested field)': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: () => article('published'),
    run: (door, actor, { id }) =>
      door === 'REST'
        ? rest(actor, `/api/articles/${id}?depth=2`)
        : door === 'GraphQL'
          ? gql(actor, `{ Article(id: ${lit(id)}) { id section { id subscribers { email } } } }`)
          : local(actor, (o) => payload.findByID({ collection: 'articles', id: id as never, depth: 2, ...o })),
    took: async (_subject, answer, door) => {
      const list = door === 'GraphQL' ? field(answer, 'Article', 'section', 'subscribers') : field(answer, 'section', 'subscribers')
      return Array.isArray(list) && list.length > 0
    },
  },
  'section: query by subscriber address': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: async () => ({}),
    run: (door, actor) =>
      door === 'REST'
        ? rest(actor, `/api/sections?where[subscribers.email][equals]=desk-watch@newsroom.test&depth=0`)
        : door === 'GraphQL'
          ? gql(actor, `{ Sections(where: { subscribers__email: { equals: "desk-watch@newsroom.test" } }) { docs { id } } }`)
          : local(actor, (o) => payload.find({ collection: 'sections', where: { 'subscribers.email': { equals: 'desk-watch@newsroom.test' } }, depth: 0, ...o })),
    took: async (_subject, answer, door) => {
      const docs = door === 'GraphQL' ? field(answer, 'Sections', 'docs') : field(answer, 'docs')
      return Array.isArray(docs) && docs.length > 0
    },
  },
  'section: rename the own section': renameSection(false),
  'section: rename another section': renameSection(true),
  'section: add oneself to the own section’s reviewers': {
    doors: ['REST', 'GraphQL', 'Local'],
    appliesTo: signedIn,
    subject: async () => ({ id: fixture.section }),
    run: (door, actor, { id }) => {
      const reviewers = [users.reviewer!.id, users[actor]!.id]
      return door === 'REST'
        ? rest(actor, `/api/sections/${id}`, { method: 'PATCH', json: { reviewers } })
        : door === 'GraphQL'
          ? gql(actor, `mutation { updateSection(id: ${lit(id)}, data: { reviewers: ${lit(reviewers)} }) { id } }`)
          : local(actor, (o) => payload.update({ collection: 'sections', id: id as never, data: { reviewers } as never, ...o }))
    },
    took: async ({ id }, _answer, _door, actor) => {
      const section = (await payload.findByID({ collection: 'sections', id: id as never, depth: 0 })) as { reviewers?: unknown[] }
      return actor !== 'reviewer' && (section.reviewers ?? []).map(idOf).includes(String(users[actor]!.id))
    },
    reset: async ({ id }) => {
      await payload.update({ collection: 'sections', id: id as never, data: { reviewers: [users.reviewer!.id] } as never })
    },
  },
  'section: create': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: async () => ({}),
    run: (door, actor, subject) => {
      const name = unique('قسم جديد')
      subject.name = name
      return door === 'REST'
        ? rest(actor, '/api/sections', { method: 'POST', json: { name } })
        : door === 'GraphQL'
          ? gql(actor, `mutation { createSection(data: { name: ${lit(name)} }) { id } }`)
          : local(actor, (o) => payload.create({ collection: 'sections', data: { name } as never, ...o }))
    },
    took: async (subject) => (await countWhere('sections', { name: { equals: subject.name } })) > 0,
  },
  'section: delete': {
    doors: ['REST', 'GraphQL', 'Local'],
    freshWhenAllowed: true,
    subject: async () => ({ id: (await payload.create({ collection: 'sections', data: { name: unique('قسم مؤقت') } as never })).id }),
    run: (door, actor, { id }) =>
      door === 'REST'
        ? rest(actor, `/api/sections/${id}`, { method: 'DELETE' })
        : door === 'GraphQL'
          ? gql(actor, `mutation { deleteSection(id: ${lit(id)}) { id } }`)
          : local(actor, (o) => payload.delete({ collection: 'sections', id: id as never, ...o })),
    took: async ({ id }) => !(await exists('sections', id)),
  },

  'source: create': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: async () => ({}),
    run: (door, actor, subject) => {
      const name = unique('وكالة')
      subject.name = name
      return door === 'REST'
        ? rest(actor, '/api/sources', { method: 'POST', json: { name, kind: 'agency' } })
        : door === 'GraphQL'
          ? gql(actor, `mutation { createSource(data: { name: ${lit(name)}, kind: agency }) { id } }`)
          : local(actor, (o) => payload.create({ collection: 'sources', data: { name, kind: 'agency' } as never, ...o }))
    },
    took: async (subject) => (await countWhere('sources', { name: { equals: subject.name } })) > 0,
  },
  'source: change the credit line': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: async () => ({ id: (await payload.create({ collection: 'sources', data: { name: unique('صحيفة'), kind: 'newspaper' } as never })).id }),
    run: (door, actor, subject) => {
      const creditLine = unique('بالتعاون مع')
      subject.creditLine = creditLine
      return door === 'REST'
        ? rest(actor, `/api/sources/${subject.id}`, { method: 'PATCH', json: { creditLine } })
        : door === 'GraphQL'
          ? gql(actor, `mutation { updateSource(id: ${lit(subject.id)}, data: { creditLine: ${lit(creditLine)} }) { id } }`)
          : local(actor, (o) => payload.update({ collection: 'sources', id: subject.id as never, data: { creditLine } as never, ...o }))
    },
    took: async (subject) =>
      ((await payload.findByID({ collection: 'sources', id: subject.id as never, depth: 0 })) as { creditLine?: string }).creditLine ===
      subject.creditLine,
  },
  'source: delete': {
    doors: ['REST', 'GraphQL', 'Local'],
    freshWhenAllowed: true,
    subject: async () => ({ id: (await payload.create({ collection: 'sources', data: { name: unique('مصدر مؤقت'), kind: 'agency' } as never })).id }),
    run: (door, actor, { id }) =>
      door === 'REST'
        ? rest(actor, `/api/sources/${id}`, { method: 'DELETE' })
        : door === 'GraphQL'
          ? gql(actor, `mutation { deleteSource(id: ${lit(id)}) { id } }`)
          : local(actor, (o) => payload.delete({ collection: 'sources', id: id as never, ...o })),
    took: async ({ id }) => !(await exists('sources', id)),
  },

  'media: upload': {
    doors: ['REST', 'Local'],
    subject: async () => ({}),
    run: (door, actor, subject) => {
      const alt = unique('صورة مرفوعة')
      subject.alt = alt
      if (door === 'REST') {
        const form = new FormData()
        form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'matrix.jpg')
        form.append('_payload', JSON.stringify({ alt }))
        return rest(actor, '/api/media', { method: 'POST', body: form })
      }
      return local(actor, (o) =>
        payload.create({
          collection: 'media',
          data: { alt } as never,
          file: { data: photo, mimetype: 'image/jpeg', name: 'matrix.jpg', size: photo.length },
          ...o,
        }),
      )
    },
    took: async (subject) => (await countWhere('media', { alt: { equals: subject.alt } })) > 0,
  },
  'media: change the writer’s image': changeMedia(() => image('writer')),
  'media: change the writer’s image shown on a live article': changeMedia(() => image('writer', true)),
  'media: change the admin’s image': changeMedia(() => image('admin')),
  'media: delete the writer’s image': deleteMedia(() => image('writer')),
  'media: delete the admin’s image': deleteMedia(() => image('admin')),

  'users: list the staff': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: async () => ({ id: users.reviewer!.id }),
    run: (door, actor) =>
      door === 'REST'
        ? rest(actor, '/api/users?limit=100&depth=0')
        : door === 'GraphQL'
          ? gql(actor, '{ Users(limit: 100) { docs { id } } }')
          : local(actor, (o) => payload.find({ collection: 'users', limit: 100, depth: 0, ...o })),
    took: async ({ id }, answer, door) => {
      const docs = door === 'GraphQL' ? field(answer, 'Users', 'docs') : field(answer, 'docs')
      return Array.isArray(docs) && docs.some((doc) => idOf(doc) === String(id))
    },
  },
  'users: read the colleague’s email address': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: async () => ({ id: users.colleague!.id }),
    run: (door, actor, { id }) =>
      door === 'REST'
        ? rest(actor, `/api/users/${id}?depth=0`)
        : door === 'GraphQL'
          ? gql(actor, `{ User(id: ${lit(id)}) { id email } }`)
          : local(actor, (o) => payload.findByID({ collection: 'users', id: id as never, depth: 0, ...o })),
    took: async (_subject, answer, door) =>
      (door === 'GraphQL' ? field(answer, 'User', 'email') : field(answer, 'email')) === users.colleague!.email,
  },
  'users: read an author’s email address through an article': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: () => article('published', 'colleague'),
    run: (door, actor, { id }) =>
      door === 'REST'
        ? rest(actor, `/api/articles/${id}?depth=1`)
        : door === 'GraphQL'
          ? gql(actor, `{ Article(id: ${lit(id)}) { id authors { id email } } }`)
          : local(actor, (o) => payload.findByID({ collection: 'articles', id: id as never, depth: 1, ...o })),
    took: async (_subject, answer, door) => {
      const authors = door === 'GraphQL' ? field(answer, 'Article', 'authors') : field(answer, 'authors')
      return Array.isArray(authors) && authors.some((author) => (author as { email?: unknown })?.email === users.colleague!.email)
    },
  },
  'users: give oneself a higher role': {
    doors: ['REST', 'GraphQL', 'Local'],
    appliesTo: signedIn,
    subject: async () => ({}),
    run: (door, actor, subject) => {
      const role = actor === 'admin' ? 'editor-in-chief' : 'admin'
      subject.role = role
      const roles = [...((users[actor]!.roles as string[]) ?? []), role]
      const id = users[actor]!.id
      return door === 'REST'
        ? rest(actor, `/api/users/${id}`, { method: 'PATCH', json: { roles } })
        : door === 'GraphQL'
          ? gql(actor, `mutation { updateUser(id: ${lit(id)}, data: { roles: [${roles.map((r) => r.replace(/-/g, '_')).join(', ')}] }) { id } }`)
          : local(actor, (o) => payload.update({ collection: 'users', id: id as never, data: { roles } as never, ...o }))
    },
    took: async (subject, _answer, _door, actor) =>
      (((await payload.findByID({ collection: 'users', id: users[actor]!.id as never, depth: 0 })) as { roles?: string[] }).roles ?? []).includes(
        subject.role as string,
      ),
    reset: async () => {
      for (const actor of STAFF) {
        await payload.update({ collection: 'users', id: users[actor]!.id as never, data: { roles: users[actor]!.roles } as never })
      }
    },
  },
  'users: join another section': {
    doors: ['REST', 'GraphQL', 'Local'],
    appliesTo: signedIn,
    subject: async () => ({}),
    run: (door, actor) => {
      const sections = [fixture.section, fixture.otherSection]
      const id = users[actor]!.id
      return door === 'REST'
        ? rest(actor, `/api/users/${id}`, { method: 'PATCH', json: { sections } })
        : door === 'GraphQL'
          ? gql(actor, `mutation { updateUser(id: ${lit(id)}, data: { sections: ${lit(sections)} }) { id } }`)
          : local(actor, (o) => payload.update({ collection: 'users', id: id as never, data: { sections } as never, ...o }))
    },
    took: async (_subject, _answer, _door, actor) =>
      (((await payload.findByID({ collection: 'users', id: users[actor]!.id as never, depth: 0 })) as { sections?: unknown[] }).sections ?? [])
        .map(idOf)
        .includes(String(fixture.otherSection)),
    reset: async () => {
      for (const actor of STAFF) {
        await payload.update({ collection: 'users', id: users[actor]!.id as never, data: { sections: users[actor]!.sections } as never })
      }
    },
  },
  'users: rename the colleague': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: async () => ({ id: users.colleague!.id }),
    run: (door, actor, subject) => {
      const name = unique('اسم')
      subject.name = name
      return door === 'REST'
        ? rest(actor, `/api/users/${subject.id}`, { method: 'PATCH', json: { name } })
        : door === 'GraphQL'
          ? gql(actor, `mutation { updateUser(id: ${lit(subject.id)}, data: { name: ${lit(name)} }) { id } }`)
          : local(actor, (o) => payload.update({ collection: 'users', id: subject.id as never, data: { name } as never, ...o }))
    },
    took: async (subject) =>
      ((await payload.findByID({ collection: 'users', id: subject.id as never, depth: 0 })) as { name?: string }).name === subject.name,
  },
  'users: create an account': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: async () => ({}),
    run: (door, actor, subject) => {
      const email = `new-${++counter}-${Date.now().toString(36)}@newsroom.test`
      subject.email = email
      const data = { email, password: PASSWORD, name: 'محرر جديد', roles: ['writer'] }
      return door === 'REST'
        ? rest(actor, '/api/users', { method: 'POST', json: data })
        : door === 'GraphQL'
          ? gql(actor, `mutation { createUser(data: { email: ${lit(email)}, password: ${lit(PASSWORD)}, name: "محرر جديد", roles: [writer] }) { id } }`)
          : local(actor, (o) => payload.create({ collection: 'users', data: data as never, ...o }))
    },
    took: async (subject) => (await countWhere('users', { email: { equals: subject.email } })) > 0,
  },
  'users: delete an account': {
    doors: ['REST', 'GraphQL', 'Local'],
    freshWhenAllowed: true,
    subject: async () => ({
      id: (
        await payload.create({
          collection: 'users',
          data: { email: `leaving-${++counter}-${Date.now().toString(36)}@newsroom.test`, password: PASSWORD, name: 'مغادر', roles: ['writer'] } as never,
        })
      ).id,
    }),
    run: (door, actor, { id }) =>
      door === 'REST'
        ? rest(actor, `/api/users/${id}`, { method: 'DELETE' })
        : door === 'GraphQL'
          ? gql(actor, `mutation { deleteUser(id: ${lit(id)}) { id } }`)
          : local(actor, (o) => payload.delete({ collection: 'users', id: id as never, ...o })),
    took: async ({ id }) => !(await exists('users', id)),
  },

  'payload: unlock a locked account': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: async () => ({ id: users.reviewer!.id }),
    run: async (door, actor, { id }) => {
      await payload.db.updateOne({ collection: 'users', id: id as never, data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 3_600_000).toISOString() } })
      const email = users.reviewer!.email
      return door === 'REST'
        ? rest(actor, '/api/users/unlock', { method: 'POST', json: { email } })
        : door === 'GraphQL'
          ? gql(actor, `mutation { unlockUser(email: ${lit(email)}) }`)
          : local(actor, async (o) => payload.unlock({ collection: 'users', data: { email }, overrideAccess: false, req: await createLocalReq({ user: o.user }, payload) }))
    },
    took: async ({ id }) =>
      !((await payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as { lockUntil?: string | null }).lockUntil,
    reset: async ({ id }) => {
      await payload.db.updateOne({ collection: 'users', id: id as never, data: { loginAttempts: 0, lockUntil: null } })
    },
  },
  'payload: run the job queues': {
    doors: ['REST', 'Local'],
    subject: async () => ({}),
    run: (door, actor) =>
      door === 'REST'
        ? rest(actor, '/api/payload-jobs/run?allQueues=true')
        : local(actor, async (o) => payload.jobs.run({ allQueues: true, overrideAccess: false, req: await createLocalReq({ user: o.user }, payload) })),
    took: async (_subject, answer) => answer.status >= 200 && answer.status < 300,
  },
  'payload: take an edit lock in someone else’s name': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: () => article('draft'),
    run: (door, actor, { id }) => {
      const victim = users[victimOf(actor)]!.id
      const data = { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: victim } }
      return door === 'REST'
        ? rest(actor, '/api/payload-locked-documents', { method: 'POST', json: data })
        : door === 'GraphQL'
          ? gql(
              actor,
              `mutation { createPayloadLockedDocument(data: { document: { relationTo: articles, value: ${lit(id)} }, user: { relationTo: users, value: ${lit(victim)} } }) { id } }`,
            )
          : local(actor, (o) => payload.create({ collection: 'payload-locked-documents' as never, data: data as never, ...o }))
    },
    took: async (_subject, _answer, _door, actor) => {
      const found = await countWhere('payload-locked-documents', { 'user.value': { equals: users[victimOf(actor)]!.id } })
      await payload.delete({ collection: 'payload-locked-documents' as never, where: {} })
      return found > 0
    },
  },
  'payload: remove someone else’s edit lock': {
    doors: ['REST', 'GraphQL', 'Local'],
    freshWhenAllowed: true,
    subject: async () => {
      const target = await article('draft')
      return { id: (await lockFor('colleague', target.id)).id, article: target.id }
    },
    appliesTo: (actor) => actor !== 'colleague',
    run: (door, actor, { id }) =>
      door === 'REST'
        ? rest(actor, `/api/payload-locked-documents/${id}`, { method: 'DELETE' })
        : door === 'GraphQL'
          ? gql(actor, `mutation { deletePayloadLockedDocument(id: ${lit(id)}) { id } }`)
          : local(actor, (o) => payload.delete({ collection: 'payload-locked-documents' as never, id: id as never, ...o })),
    took: async ({ id }) => !(await exists('payload-locked-documents', id)),
  },
  'payload: read someone else’s preferences': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: async () => {
      const preference = await payload.db.create({
        collection: 'payload-preferences',
        data: { key: 'matrix-columns', user: { relationTo: 'users', value: users.colleague!.id }, value: { columns: ['title'] } },
      })
      return { id: preference.id }
    },
    appliesTo: (actor) => actor !== 'colleague',
    run: (door, actor) =>
      door === 'REST'
        ? rest(actor, '/api/payload-preferences?limit=100&depth=0')
        : door === 'GraphQL'
          ? gql(actor, 'query { PayloadPreferences(limit: 100) { docs { id } } }')
          : local(actor, (o) => payload.find({ collection: 'payload-preferences' as never, limit: 100, depth: 0, ...o })),
    took: async ({ id }, answer, door) => {
      const docs = door === 'GraphQL' ? field(answer, 'PayloadPreferences', 'docs') : field(answer, 'docs')
      return Array.isArray(docs) && docs.some((doc) => idOf(doc) === String(id))
    },
  },
  'payload: reset a password without its token': {
    doors: ['REST', 'GraphQL', 'Local'],
    subject: async () => ({}),
    run: (door, actor) => {
      const data = { token: 'not-a-token-0123456789abcdef', password: 'kalimat-jadida-2' }
      return door === 'REST'
        ? rest(actor, '/api/users/reset-password', { method: 'POST', json: data })
        : door === 'GraphQL'
          ? gql(actor, `mutation { resetPasswordUser(token: ${lit(data.token)}, password: ${lit(data.password)}) { token } }`)
          : local(actor, (o) => payload.resetPassword({ collection: 'users', data, ...o }))
    },
    took: async (_subject, answer) => answer.status >= 200 && answer.status < 300,
  },
  'payload: ask for a password reset': {
    doors: ['REST'],
    subject: async () => ({}),
    // An address nobody has, a different one per actor: the answer is the same as for a real one, and the
    // per-account throttle (3 an hour) stays out of the way.
    run: (_door, actor) => rest(actor, '/api/users/forgot-password', { method: 'POST', json: { email: `nobody-${actor}@newsroom.test` } }),
    took: async (_subject, answer) => answer.status === 200,
  },
}

// --- the run ---------------------------------------------------------------------------------------

type Violation = { operation: string; actor: Actor; door: Door; expected: 'allowed' | 'refused'; status: number; took: boolean; message?: string }
const tally = { cases: 0, allowed: 0, refused: 0, violations: [] as Violation[], byDoor: { REST: 0, GraphQL: 0, Local: 0 } as Record<Door, number> }

beforeAll(async () => {
  env = await bootPayload('accessmatrix')
  payload = env.payload
  fixture = await seedNewsroom(payload)
  const colleague = await payload.create({
    collection: 'users',
    data: { email: 'colleague@newsroom.test', password: PASSWORD, name: 'زميلة', roles: ['writer'], sections: [fixture.section] } as never,
  })
  await payload.update({ collection: 'sections', id: fixture.section, data: { reviewers: [fixture.users.reviewer.id], subscribers: [{ email: 'desk-watch@newsroom.test' }] } as never })
  await payload.update({ collection: 'sections', id: fixture.otherSection, data: { subscribers: [{ email: 'desk-watch-2@newsroom.test' }] } as never })
  http = await startHttpServer(payload)
  const ids: Record<Exclude<Actor, 'anonymous'>, number | string> = {
    writer: fixture.users.writer.id,
    colleague: colleague.id,
    reviewer: fixture.users.reviewer.id,
    'section-editor': fixture.users['section-editor'].id,
    'editor-in-chief': fixture.users['editor-in-chief'].id,
    admin: fixture.users.admin.id,
  }
  for (const actor of STAFF) {
    const user = await payload.findByID({ collection: 'users', id: ids[actor as keyof typeof ids] as never, depth: 0, showHiddenFields: true })
    users[actor] = { ...(user as unknown as Record<string, unknown> & { id: number | string; email: string }), collection: 'users' }
    tokens[actor] = await http.login(users[actor]!.email, PASSWORD)
  }
  photo = await makePhoto({ width: 640, height: 480 })
}, 300_000)

afterAll(async () => {
  const lines = Object.entries(tally.byDoor).map(([door, n]) => `${door} ${n}`)
  console.log(
    `[access matrix] ${tally.cases} cases (${lines.join(', ')}; ${tally.allowed} allowed, ${tally.refused} refused), ${tally.violations.length} violations`,
  )
  await http?.close()
  await env?.teardown()
})

describe('access matrix: actor × operation × door', () => {
  test.each(Object.keys(WHO) as OperationName[])('%s', async (name) => {
    const operation = OPERATIONS[name]
    const who = WHO[name] as Actor[]
    const violations: Violation[] = []
    let shared: Subject | undefined
    for (const actor of ACTORS) {
      if (operation.appliesTo && !operation.appliesTo(actor)) continue
      const allowed = who.includes(actor)
      for (const door of operation.doors) {
        const subject = allowed && operation.freshWhenAllowed ? await operation.subject() : (shared ??= await operation.subject())
        const answer = await operation.run(door, actor, subject)
        const took = await operation.took(subject, answer, door, actor)
        tally.cases += 1
        tally.byDoor[door] += 1
        if (allowed) tally.allowed += 1
        else tally.refused += 1
        if (took !== allowed || answer.status >= 500) {
          const message = answer.status >= 400 ? (answer.message ?? JSON.stringify(answer.body).slice(0, 300)) : undefined
          violations.push({ operation: name, actor, door, expected: allowed ? 'allowed' : 'refused', status: answer.status, took, ...(message ? { message } : {}) })
        }
        if (took && operation.reset && !(allowed && operation.freshWhenAllowed)) await operation.reset(subject)
      }
    }
    tally.violations.push(...violations)
    expect(violations).toEqual([])
  }, 240_000)
})

describe('the GraphQL doors the matrix uses for edit locks and preferences', () => {
  // Refused cases pass whatever the reason, so each door is shown to work where it is allowed.
  test('a user takes an edit lock in their own name, reads their own preferences and removes a lock they may remove', async () => {
    const { id } = await article('draft')
    const own = users.writer!.id
    const taken = await gql('writer', `mutation { createPayloadLockedDocument(data: { document: { relationTo: articles, value: ${lit(id)} }, user: { relationTo: users, value: ${lit(own)} } }) { id } }`)
    expect(taken.message).toBeUndefined()
    const lockId = field(taken, 'createPayloadLockedDocument', 'id')
    expect(lockId).toBeDefined()
    expect(await exists('payload-locked-documents', lockId)).toBe(true)

    const preference = await payload.db.create({
      collection: 'payload-preferences',
      data: { key: 'matrix-own', user: { relationTo: 'users', value: own }, value: { columns: ['title'] } },
    })
    const read = await gql('writer', 'query { PayloadPreferences(limit: 100) { docs { id } } }')
    expect(read.message).toBeUndefined()
    expect((field(read, 'PayloadPreferences', 'docs') as unknown[]).map(idOf)).toContain(String(preference.id))

    const removed = await gql('editor-in-chief', `mutation { deletePayloadLockedDocument(id: ${lit(lockId)}) { id } }`)
    expect(removed.message).toBeUndefined()
    expect(await exists('payload-locked-documents', lockId)).toBe(false)
  })
})
