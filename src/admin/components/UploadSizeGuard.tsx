'use client'

import { useForm, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { Bilingual } from '../../messages'

import { formatBytes, mediaMessage } from '../../messages'
import { useLanguage } from './useWorkflow'

export type UploadSizeGuardProps = {
  /** The largest file accepted, in bytes (`media.maxFileSize`). */
  maxFileSize: number
}

/**
 * In the media edit view and upload drawer: a file chosen over the size limit is refused at once, with
 * the limit stated, and dropped from the form, so it is never sent (the server would refuse it only after
 * receiving it). The server keeps its own checks; this spares the editor the wait.
 */
export function UploadSizeGuard({ maxFileSize }: UploadSizeGuardProps): React.ReactNode {
  const language = useLanguage()
  const file = useFormFields(([fields]) => fields.file?.value)
  const { dispatchFields } = useForm()
  const [refusal, setRefusal] = useState<Bilingual | null>(null)

  useEffect(() => {
    if (!(file instanceof File)) return
    if (file.size <= maxFileSize) {
      setRefusal(null)
      return
    }
    setRefusal(mediaMessage('file-too-large', { name: file.name, size: formatBytes(file.size), limit: formatBytes(maxFileSize) }))
    dispatchFields({ type: 'UPDATE', path: 'file', value: null })
  }, [dispatchFields, file, maxFileSize])

  if (!refusal) return null
  return (
    <p role="alert" className="newsroom-upload-refusal" style={{ margin: '0 0 16px', color: 'var(--theme-error-500)' }}>
      {refusal[language]}
    </p>
  )
}
