import type { ServerFunctionClient } from 'payload'

import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { getNextRequestI18n } from '@payloadcms/next/utilities'
import { rtlLanguages } from '@payloadcms/translations'
import React from 'react'

import { importMap } from './admin/importMap'

type Args = {
  children: React.ReactNode
}

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({ ...args, config, importMap })
}

const Layout = async ({ children }: Args) => {
  // The admin picks its language per request (user preference, then Accept-Language, then Arabic);
  // the document direction follows it, written in the lower case HTML uses.
  const i18n = await getNextRequestI18n({ config: await config })
  const dir = (rtlLanguages as readonly string[]).includes(i18n.language) ? 'rtl' : 'ltr'
  return (
    <RootLayout config={config} htmlProps={{ dir, lang: i18n.language }} importMap={importMap} serverFunction={serverFunction}>
      {children}
    </RootLayout>
  )
}

export default Layout
