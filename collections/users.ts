import type { CollectionConfig, Field } from 'payload'

import type { ResolvedNewsroomOptions } from '../src/types'

import { adminOnly, adminOnlyField, adminOrSelf, adminOrSelfField, staffOrSelf } from '../src/access'
import { ROLE_VALUES } from '../src/slugs'
import { ROLE_LABELS } from '../src/workflow/labels'
import { firstUserIsAdminBeforeChange } from '../hooks/firstUserIsAdminBeforeChange'
import { forgiveLoginAfterLogin } from '../hooks/forgiveLoginAfterLogin'
import { releaseTransactionBeforeForgotPassword } from '../hooks/releaseTransactionBeforeForgotPassword'
import { throttleAuthBeforeOperation } from '../hooks/throttleAuthBeforeOperation'

/** The fields the plugin adds to the staff (auth) collection. */
export function newsroomUserFields(options: ResolvedNewsroomOptions): Field[] {
  return [
    {
      // Merged by Payload into its own auth email field: colleagues see each other's names and roles (the
      // author and reviewer pickers need them), but an address is read only by its owner and admins.
      name: 'email',
      type: 'email',
      access: { read: adminOrSelfField(options.slugs.users) },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['writer'],
      saveToJWT: true,
      label: { ar: 'الأدوار', en: 'Roles' },
      options: ROLE_VALUES.map((value) => ({ value, label: { ...ROLE_LABELS[value] } })),
      access: { create: adminOnlyField(options.slugs.users), update: adminOnlyField(options.slugs.users) },
      admin: { position: 'sidebar' },
    },
    {
      name: 'sections',
      type: 'relationship',
      relationTo: options.slugs.sections,
      hasMany: true,
      saveToJWT: true,
      label: { ar: 'الأقسام', en: 'Sections' },
      access: { create: adminOnlyField(options.slugs.users), update: adminOnlyField(options.slugs.users) },
      admin: { position: 'sidebar' },
    },
  ]
}

/** A minimal staff collection, used when the host config has no collection with the users slug. */
export function createUsersCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    slug: options.slugs.users,
    auth: true,
    labels: { singular: { ar: 'مستخدم', en: 'User' }, plural: { ar: 'المستخدمون', en: 'Users' } },
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'], group: { ar: 'الإدارة', en: 'Admin' } },
    access: {
      read: staffOrSelf(options.slugs.users),
      create: adminOnly(options.slugs.users),
      update: adminOrSelf(options.slugs.users),
      delete: adminOnly(options.slugs.users),
      unlock: adminOnly(options.slugs.users),
    },
    fields: [{ name: 'name', type: 'text', label: { ar: 'الاسم', en: 'Name' }, admin: { rtl: true } }],
  }
}

/** The staff collection's `auth` with `Secure` session cookies when asked for, unless the host decided. */
function securedAuth(auth: CollectionConfig['auth'], options: ResolvedNewsroomOptions): CollectionConfig['auth'] {
  const base = auth === true ? {} : auth || {}
  return { ...base, cookies: { ...base.cookies, secure: base.cookies?.secure ?? options.security.secureCookies } }
}

/** Adds the newsroom fields, the first-user hook and login throttling to an existing staff collection. */
export function extendUsersCollection(collection: CollectionConfig, options: ResolvedNewsroomOptions, { sqlite = false } = {}): CollectionConfig {
  const existingNames = new Set(collection.fields.flatMap((field) => ('name' in field ? [field.name] : [])))
  const added = newsroomUserFields(options).filter((field) => 'name' in field && !existingNames.has(field.name))
  const { throttle } = options.security
  // Throttling guards accounts like access control does, so it stays on when the plugin is disabled; on
  // SQLite, forgot-password works only outside the request's transaction.
  const hooks = {
    ...collection.hooks,
    beforeOperation: [
      ...(throttle ? [throttleAuthBeforeOperation(throttle, options)] : []),
      ...(sqlite ? [releaseTransactionBeforeForgotPassword] : []),
      ...(collection.hooks?.beforeOperation ?? []),
    ],
    ...(throttle ? { afterLogin: [...(collection.hooks?.afterLogin ?? []), forgiveLoginAfterLogin(throttle, options)] } : {}),
  }
  return {
    ...collection,
    auth: collection.auth ? securedAuth(collection.auth, options) : collection.auth,
    // Payload lets any signed-in user unlock any account, which defeats the login lockout.
    access: { unlock: adminOnly(options.slugs.users), ...collection.access },
    fields: [...collection.fields, ...added],
    hooks: options.disabled
      ? hooks
      : {
          ...hooks,
          beforeChange: [firstUserIsAdminBeforeChange({ usersSlug: options.slugs.users }), ...(collection.hooks?.beforeChange ?? [])],
        },
  }
}
