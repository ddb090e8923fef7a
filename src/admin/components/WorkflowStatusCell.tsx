'use client'

import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import { STATE_LABELS, isWorkflowState } from '../../workflow'
import { useLanguage } from './useWorkflow'

const COLOURS: Record<string, string> = {
  draft: 'var(--theme-elevation-150)',
  in_review: 'var(--theme-warning-150)',
  changes_requested: 'var(--theme-error-150)',
  approved: 'var(--theme-success-150)',
  scheduled: 'var(--theme-success-100)',
  published: 'var(--theme-success-250)',
  unpublished: 'var(--theme-elevation-100)',
  archived: 'var(--theme-elevation-100)',
}

/** The workflow state in the list view, as a badge labelled in the admin language. */
export function WorkflowStatusCell({ cellData }: DefaultCellComponentProps): React.ReactNode {
  const language = useLanguage()
  if (!isWorkflowState(cellData)) return <span>—</span>
  return (
    <span style={{ background: COLOURS[cellData], borderRadius: 4, padding: '2px 8px', whiteSpace: 'nowrap' }}>
      {STATE_LABELS[cellData][language]}
    </span>
  )
}
