'use client'

import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { ADMIN_MESSAGES } from '../../messages'
import { slugify } from '../../text'
import { useLanguage } from './useWorkflow'

export type SlugPreviewProps = {
  /** The field the slug is made from (`title` for articles, `name` for sections and sources). */
  sourceField: string
  maxLength: number
  sunLetters: boolean
  path?: string
}

/**
 * Under the slug field: the slug the server will make from the title, updated while the title is typed
 * (as long as the slug is left empty). The slug is Latin, so its input reads left to right even in the
 * Arabic admin (otherwise its start is cut off at the right edge).
 */
export function SlugPreview({ sourceField, maxLength, sunLetters, path = 'slug' }: SlugPreviewProps): React.ReactNode {
  const language = useLanguage()
  const source = useFormFields(([fields]) => fields[sourceField]?.value)
  const slug = useFormFields(([fields]) => fields[path]?.value)
  const typed = typeof slug === 'string' && slug.trim() !== ''
  const preview = !typed && typeof source === 'string' && source.trim() !== '' ? slugify(source, { maxLength, sunLetters }) : ''
  const id = `field-${path.replace(/\./g, '__')}`
  return (
    <>
      <style>{`input#${id} { direction: ltr; text-align: left; }`}</style>
      {preview ? (
        <p className="newsroom-slug-preview" style={{ margin: '4px 0 0', color: 'var(--theme-elevation-600)' }}>
          {ADMIN_MESSAGES.slugPreview[language]}{' '}
          <bdi dir="ltr" style={{ fontFamily: 'var(--font-mono)' }}>
            {preview}
          </bdi>
        </p>
      ) : null}
    </>
  )
}
