import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import React from 'react'

import type { DigitStyle } from '../../workflow/time'
import type { ReviewQueueSlugs } from '../reviewQueue'

import { findReviewQueue } from '../reviewQueue'
import { ReviewQueueList } from './ReviewQueueList'

type Props = AdminViewServerProps & { newsroom: ReviewQueueSlugs & { timezone: string; digits: DigitStyle } }

/**
 * «قيد المراجعة»: the articles in review in the sections the signed-in user reviews (every section for
 * the editor-in-chief and admins), oldest first, each linking to its document view and its buttons.
 */
export async function ReviewQueueView({ initPageResult, params, searchParams, newsroom }: Props) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const language = req.i18n.language === 'en' ? 'en' : 'ar'
  const { items, total } = await findReviewQueue(req.payload, req.user, newsroom, { limit: 200, locale: locale?.code })
  const admin = req.payload.config.routes.admin
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="newsroom-review-queue gutter--left gutter--right" dir={language === 'ar' ? 'rtl' : 'ltr'} style={{ paddingBlock: 24 }}>
        <h1>
          {language === 'ar' ? 'قيد المراجعة' : 'Review queue'} ({total})
        </h1>
        <ReviewQueueList
          items={items}
          language={language}
          timeStyle={{ timeZone: newsroom.timezone, digits: newsroom.digits }}
          editURL={(id) => `${admin}/collections/${newsroom.articles}/${id}`}
        />
      </div>
    </DefaultTemplate>
  )
}
