'use client'

import React from 'react'

import { ADMIN_MESSAGES } from '../../messages'
import { useLanguage, useWorkflow } from './useWorkflow'

/**
 * The article's state in the document header, in place of Payload's draft/published status: the
 * workflow state is the one the newsroom works with (Payload's `_status` only says whether a version is
 * live, and would read «مسودّة» all through review and approval).
 */
export function WorkflowStatus(): React.ReactNode {
  const language = useLanguage()
  const { id, info } = useWorkflow()
  const label = id === undefined || id === null ? ADMIN_MESSAGES.newArticle : info?.stateLabel
  if (!label) return null
  return (
    <div className="status newsroom-workflow-status" title={`${ADMIN_MESSAGES.state[language]}: ${label[language]}`}>
      <div className="status__value-wrap">
        <span className="status__label">{ADMIN_MESSAGES.state[language]}: </span>
        <span className="status__value">{label[language]}</span>
      </div>
    </div>
  )
}
