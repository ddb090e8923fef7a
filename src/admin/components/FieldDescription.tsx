'use client'

import React from 'react'

import type { Bilingual } from '../../messages'

import { useLanguage } from './useWorkflow'

/**
 * A field's description in place of Payload's, with the same classes and place, in a grey dark enough
 * to read (`--theme-elevation-650`: over 4.5:1 on the light theme's background, and on the dark one's).
 */
export function FieldDescription({ text, path }: { text: Bilingual; path?: string }): React.ReactNode {
  const language = useLanguage()
  return (
    <div
      className={`field-description field-description-${(path ?? '').replace(/\./g, '__')} newsroom-field-description`}
      style={{ color: 'var(--theme-elevation-650)' }}
    >
      {text[language]}
    </div>
  )
}
