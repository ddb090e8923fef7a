/** Default collection slugs. Every one can be changed through the plugin options. */
export const DEFAULT_SLUGS = {
  articles: 'articles',
  sections: 'sections',
  sources: 'sources',
  media: 'media',
  users: 'users',
} as const

/** The roles a newsroom user can hold, from least to most authority. */
export const ROLE_VALUES = ['writer', 'reviewer', 'section-editor', 'editor-in-chief', 'admin'] as const
export type NewsroomRole = (typeof ROLE_VALUES)[number]
