import type { CollectionSlug, ServerProps } from 'payload'

import React from 'react'

import type { DigitStyle } from '../../workflow/time'
import type { ReviewQueueSlugs } from '../reviewQueue'

import { REVIEW_QUEUE_PATH } from '../paths'
import { findChangesRequested, findReviewQueue } from '../reviewQueue'
import { ReviewQueueList } from './ReviewQueueList'

type Props = ServerProps & {
  newsroom: ReviewQueueSlugs & {
    workflowEvents: CollectionSlug
    timezone: string
    digits: DigitStyle
  }
}

const TEXT = {
  returned: { ar: 'أُعيدت إليك للتعديل', en: 'Sent back to you for changes' },
  reviewQueue: { ar: 'قيد المراجعة', en: 'Review queue' },
}

/**
 * The workflow on the dashboard: first the user's own articles that a reviewer sent back with changes
 * requested (with the request), then, for those who review, the ten oldest articles awaiting their review.
 */
export async function ReviewQueueWidget({ payload, user, i18n, locale, newsroom }: Props) {
  const language = i18n.language === 'en' ? 'en' : 'ar'
  const returned = await findChangesRequested(payload, user, newsroom, { limit: 10, locale: locale?.code })
  const { items, total, reviews } = await findReviewQueue(payload, user, newsroom, { limit: 10, locale: locale?.code })
  const admin = payload.config.routes.admin
  const timeStyle = { timeZone: newsroom.timezone, digits: newsroom.digits }
  const editURL = (id: string | number) => `${admin}/collections/${newsroom.articles}/${id}`
  return (
    <>
      {returned.total > 0 ? (
        <section
          className="newsroom-changes-requested"
          dir={language === 'ar' ? 'rtl' : 'ltr'}
          role="region"
          aria-label={TEXT.returned[language]}
          style={{ marginBottom: 32 }}
        >
          <h2>
            {TEXT.returned[language]} ({returned.total})
          </h2>
          <ReviewQueueList items={returned.items} language={language} timeStyle={timeStyle} editURL={editURL} />
        </section>
      ) : null}
      {reviews ? (
        <section className="newsroom-review-queue-widget" dir={language === 'ar' ? 'rtl' : 'ltr'} style={{ marginBottom: 32 }}>
          <h2>
            <a href={`${admin}${REVIEW_QUEUE_PATH}`}>{TEXT.reviewQueue[language]}</a> ({total})
          </h2>
          <ReviewQueueList items={items} language={language} timeStyle={timeStyle} editURL={editURL} />
        </section>
      ) : null}
    </>
  )
}
