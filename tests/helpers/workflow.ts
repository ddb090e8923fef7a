import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { Id, Role, WorkflowState } from '../../src/workflow'

import { ROLES } from '../../src/workflow'

/** The password of every fixture user. */
export const PASSWORD = 'kalimat-sirr-1'

export type NewsroomFixture = {
  /** The section every fixture article belongs to; every user except the chiefs belongs to it. */
  section: Id
  /** A second section nobody belongs to. */
  otherSection: Id
  /** One user per role, in `ROLES` order; the writer is the author of every fixture article. */
  users: Record<Role, { id: Id; email: string }>
  /** A featured image with alt text. */
  image: Id
}

/** A Lexical editor state with one paragraph. */
export function lexical(text: string): Record<string, unknown> {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'rtl',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'rtl',
          format: '',
          indent: 0,
          children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
        },
      ],
    },
  }
}

/** Creates two sections, one user per role and an image, through the Local API (trusted). */
export async function seedNewsroom(payload: Payload): Promise<NewsroomFixture> {
  const section = await payload.create({ collection: 'sections', locale: 'ar', data: { name: 'الاقتصاد' } as never })
  const otherSection = await payload.create({ collection: 'sections', locale: 'ar', data: { name: 'الرياضة' } as never })
  const users = {} as NewsroomFixture['users']
  // Admin first: the first account of a fresh installation always becomes an admin.
  for (const role of [...ROLES].reverse()) {
    const email = `${role}@newsroom.test`
    const inSection = role === 'writer' || role === 'reviewer' || role === 'section-editor'
    const user = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: role, roles: [role], sections: inSection ? [section.id] : [] } as never,
    })
    users[role] = { id: user.id, email }
  }
  // The image row is written directly: the workflow only reads its alt text, not the file.
  const image = await payload.db.create({
    collection: 'media',
    data: { alt: 'وزير المالية في مؤتمر صحفي', filename: 'minister.jpg', mimeType: 'image/jpeg', width: 1200, height: 800 },
  })
  return { section: section.id, otherSection: otherSection.id, users, image: image.id as Id }
}

let counter = 0

/**
 * A complete article (ready to publish) by the fixture writer, in `state`, written through the Local API
 * as trusted code: published states are live (`_status: 'published'`), a scheduled one is due in a day.
 */
export async function createArticle(
  payload: Payload,
  fixture: NewsroomFixture,
  state: WorkflowState,
  extra: Record<string, unknown> = {},
): Promise<Id> {
  counter += 1
  const doc = await payload.create({
    collection: 'articles',
    locale: 'ar',
    data: {
      title: `موازنة جديدة رقم ${counter}`,
      slug: `budget-${counter}-${Date.now().toString(36)}`,
      body: lexical('أعلنت الحكومة اليوم موازنة جديدة.'),
      section: fixture.section,
      featuredImage: fixture.image,
      authors: [fixture.users.writer.id],
      workflowStatus: state,
      _status: state === 'published' ? 'published' : 'draft',
      publishAt: state === 'scheduled' ? new Date(Date.now() + 86_400_000).toISOString() : null,
      ...extra,
    } as never,
  })
  return doc.id
}

/** A Local API request acting as the fixture user of `role` (for `overrideAccess: false` calls). */
export async function requestAs(payload: Payload, fixture: NewsroomFixture, role: Role): Promise<PayloadRequest> {
  const user = await payload.findByID({ collection: 'users', id: fixture.users[role].id, depth: 0 })
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
}

/** The article's state as the workflow sees it (latest version) and as its row stores it. */
export async function stateOf(payload: Payload, id: Id) {
  const latest = (await payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })) as {
    workflowStatus?: string
    _status?: string
  }
  const row = await payload.db.findOne<{ id: Id; workflowStatus?: string; _status?: string }>({
    collection: 'articles',
    where: { id: { equals: id } },
  })
  return { state: latest.workflowStatus, row: row?.workflowStatus, live: row?._status === 'published' }
}

/** The workflow events recorded for an article, oldest first. */
export async function eventsOf(payload: Payload, id: Id) {
  const events = await payload.find({
    collection: 'workflow-events',
    where: { article: { equals: id } },
    sort: 'at',
    depth: 0,
    limit: 0,
    pagination: false,
  })
  return events.docs as unknown as {
    action: string
    from: string
    to: string
    actor: Id | null
    comment?: string | null
    version?: string | null
    transitionKey: string
  }[]
}
