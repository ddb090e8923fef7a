'use client'

import { Link, useConfig } from '@payloadcms/ui'
import React from 'react'

import { REVIEW_QUEUE_PATH } from '../paths'
import { useLanguage } from './useWorkflow'

/** «قيد المراجعة» in the navigation: the review queue of the signed-in user. */
export function ReviewQueueNavLink(): React.ReactNode {
  const language = useLanguage()
  const { config } = useConfig()
  return (
    <Link className="nav__link" href={`${config.routes.admin}${REVIEW_QUEUE_PATH}`} prefetch={false}>
      <span className="nav__link-label">{language === 'ar' ? 'قيد المراجعة' : 'Review queue'}</span>
    </Link>
  )
}
