import React from 'react'

import type { ReviewQueueItem } from '../reviewQueue'
import type { TimeStyle } from '../../workflow/time'

import { formatStaffTime } from '../../workflow/time'

const TEXT = {
  empty: { ar: 'لا مقالات بانتظار مراجعتك.', en: 'Nothing is waiting for your review.' },
  title: { ar: 'العنوان', en: 'Title' },
  section: { ar: 'القسم', en: 'Section' },
  updated: { ar: 'آخر تعديل', en: 'Last change' },
}

/** A table of articles in review, linking to each article's document view. */
export function ReviewQueueList({
  items,
  language,
  editURL,
  timeStyle,
}: {
  items: ReviewQueueItem[]
  language: 'ar' | 'en'
  editURL: (id: ReviewQueueItem['id']) => string
  timeStyle: TimeStyle
}): React.ReactNode {
  if (items.length === 0) return <p>{TEXT.empty[language]}</p>
  return (
    <table className="table" style={{ width: '100%' }}>
      <thead>
        <tr>
          <th>{TEXT.title[language]}</th>
          <th>{TEXT.section[language]}</th>
          <th>{TEXT.updated[language]}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>
              <a href={editURL(item.id)} dir="auto">
                {item.title}
              </a>
              {item.comment ? (
                <blockquote className="newsroom-review-comment" dir="auto" style={{ margin: '4px 0 0', opacity: 0.85 }}>
                  {item.comment}
                </blockquote>
              ) : null}
            </td>
            <td>{item.section ?? '—'}</td>
            <td>
              <bdi>{item.updatedAt ? formatStaffTime(item.updatedAt, language, timeStyle) : '—'}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
