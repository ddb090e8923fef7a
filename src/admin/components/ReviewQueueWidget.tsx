import type { ServerProps } from 'payload'

import React from 'react'

import type { DigitStyle } from '../../workflow/time'
import type { ReviewQueueSlugs } from '../reviewQueue'

import { REVIEW_QUEUE_PATH } from '../paths'
import { findReviewQueue } from '../reviewQueue'
import { ReviewQueueList } from './ReviewQueueList'

type Props = ServerProps & { newsroom: ReviewQueueSlugs & { timezone: string; digits: DigitStyle } }

/** The review queue on the dashboard: the ten oldest articles awaiting the user's review. */
export async function ReviewQueueWidget({ payload, user, i18n, locale, newsroom }: Props) {
  const language = i18n.language === 'en' ? 'en' : 'ar'
  const { items, total } = await findReviewQueue(payload, user, newsroom, { limit: 10, locale: locale?.code })
  const admin = payload.config.routes.admin
  return (
    <section dir={language === 'ar' ? 'rtl' : 'ltr'} style={{ marginBottom: 32 }}>
      <h2>
        <a href={`${admin}${REVIEW_QUEUE_PATH}`}>{language === 'ar' ? 'قيد المراجعة' : 'Review queue'}</a> ({total})
      </h2>
      <ReviewQueueList
        items={items}
        language={language}
        timeStyle={{ timeZone: newsroom.timezone, digits: newsroom.digits }}
        editURL={(id) => `${admin}/collections/${newsroom.articles}/${id}`}
      />
    </section>
  )
}
