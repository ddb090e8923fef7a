import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { findSlugRow } from '../content/slugRegistry'

/**
 * `GET /api/<collection>/slug/:slug` — the document a slug names, current or former, with the reader's
 * own access applied (anonymous readers get published documents only). `redirect` tells a frontend that
 * the slug is a former published one and `slug` is where to send the reader; a former slug that was never
 * published answers 404.
 */
export const resolveSlugEndpoint = ({ registry, collection }: { registry: CollectionSlug; collection: CollectionSlug }): Endpoint => ({
  path: '/slug/:slug',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const requested = String(req.routeParams?.slug ?? '')
    const notFound = () =>
      Response.json(
        { errors: [{ message: 'لا يوجد مستند بهذا المعرّف — No document has this slug' }] },
        { status: 404 },
      )
    if (!requested) return notFound()
    const row = await findSlugRow({ req, registry, collection }, requested)
    if (!row?.document) return notFound()
    try {
      const doc = await req.payload.findByID({
        collection,
        id: row.document,
        req,
        overrideAccess: false,
        depth: Number(req.searchParams.get('depth') ?? 1),
        locale: req.locale ?? undefined,
        draft: req.searchParams.get('draft') === 'true',
      })
      const stored = (doc as { slug?: unknown }).slug
      const slug = typeof stored === 'string' ? stored : requested
      // A slug the document no longer has leads to it only if it was once public: a slug typed in the
      // draft of a live article must not reveal the coming change before it is published.
      if (slug !== requested && !row.published) return notFound()
      return Response.json({ doc, slug, redirect: slug !== requested })
    } catch {
      return notFound()
    }
  },
})
