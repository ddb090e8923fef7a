'use client'

import React, { useCallback } from 'react'

import { ADMIN_MESSAGES } from '../../messages'
import { useLanguage, useWorkflow, useWorkflowDone } from './useWorkflow'

/**
 * The article's state in the document header, in place of Payload's draft/published status: the
 * workflow state is the one the newsroom works with (Payload's `_status` only says whether a version is
 * live, and would read «مسودّة» all through review and approval). After a workflow action it also says
 * what happened, and that message takes the focus: the action's button went with the reload, and focus
 * would otherwise be on the page itself.
 */
export function WorkflowStatus(): React.ReactNode {
  const language = useLanguage()
  const { id, info } = useWorkflow()
  const done = useWorkflowDone()
  // Focused once, when it appears (the state label it sits under arrives with the workflow info).
  const message = useCallback((element: HTMLParagraphElement | null) => element?.focus(), [])
  const label = id === undefined || id === null ? ADMIN_MESSAGES.newArticle : info?.stateLabel
  if (!label) return null
  return (
    <div className="status newsroom-workflow-status" title={`${ADMIN_MESSAGES.state[language]}: ${label[language]}`}>
      <div className="status__value-wrap">
        <span className="status__label">{ADMIN_MESSAGES.state[language]}: </span>
        <span className="status__value">{label[language]}</span>
      </div>
      {done ? (
        <p ref={message} tabIndex={-1} role="status" className="newsroom-workflow-done" style={{ margin: 0, color: 'var(--theme-success-600)' }}>
          {done[language]}
        </p>
      ) : null}
    </div>
  )
}
