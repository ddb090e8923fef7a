/**
 * JSON Schemas for checking the frontend API's ninjs and JSON Feed answers, written from the published
 * specifications: IPTC ninjs 2.0 (https://www.iptc.org/std/ninjs/ninjs-schema_2.0.json) for the
 * properties this plugin emits, and JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Both are
 * strict where the specifications are: ninjs allows no property it does not define; JSON Feed allows
 * extensions only under names starting with an underscore.
 */
const text = { type: 'string' } as const
const uri = { type: 'string', format: 'uri' } as const
const dateTime = { type: 'string', format: 'date-time' } as const
const valueObjects = (extra: Record<string, unknown> = {}) => ({
  type: 'array',
  items: {
    type: 'object',
    required: ['value'],
    additionalProperties: false,
    properties: { role: text, contenttype: text, value: text, ...extra },
  },
})
const named = (extra: Record<string, unknown> = {}) => ({
  type: 'array',
  items: { type: 'object', additionalProperties: false, properties: { name: text, rel: text, uri, literal: text, ...extra } },
})
const rendition = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: text,
    href: uri,
    contenttype: text,
    title: text,
    height: { type: 'number' },
    width: { type: 'number' },
    sizeinbytes: { type: 'number' },
    duration: { type: 'number' },
    format: text,
  },
}

export const ninjs20Schema = {
  $id: 'ninjs-2.0',
  type: 'object',
  required: ['uri'],
  additionalProperties: false,
  properties: {
    uri,
    type: { enum: ['text', 'audio', 'video', 'picture', 'graphic', 'composite', 'component'] },
    representationtype: { enum: ['full', 'partial'] },
    profile: text,
    version: text,
    firstcreated: dateTime,
    versioncreated: dateTime,
    contentcreated: dateTime,
    embargoed: dateTime,
    pubstatus: { enum: ['usable', 'withheld', 'canceled'] },
    urgency: { type: 'number' },
    copyrightholder: text,
    copyrightnotice: text,
    usageterms: text,
    ednote: text,
    language: text,
    descriptions: valueObjects(),
    bodies: valueObjects({ charcount: { type: 'number' }, wordcount: { type: 'number' } }),
    headlines: valueObjects(),
    people: named(),
    organisations: named(),
    subjects: named(),
    events: named(),
    objects: named(),
    infosources: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, properties: { name: text, role: uri, uri, literal: text } },
    },
    title: text,
    by: text,
    slugline: text,
    located: text,
    renditions: { type: 'array', items: rendition },
    associations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: { name: text },
        anyOf: [{ $ref: 'ninjs-2.0' }, { required: ['name'] }],
      },
    },
    standard: { type: 'object', additionalProperties: false, properties: { name: text, version: text, schema: uri } },
  },
} as const

const author = { type: 'object', properties: { name: text, url: text, avatar: text } }
const extensionsOnly = { patternProperties: { '^_': {} } }

export const jsonFeed11Schema = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: text,
    home_page_url: uri,
    feed_url: uri,
    description: text,
    user_comment: text,
    next_url: uri,
    icon: uri,
    favicon: uri,
    authors: { type: 'array', items: author },
    language: text,
    expired: { type: 'boolean' },
    hubs: { type: 'array' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
        properties: {
          id: text,
          url: uri,
          external_url: uri,
          title: text,
          content_html: text,
          content_text: text,
          summary: text,
          image: uri,
          banner_image: uri,
          date_published: dateTime,
          date_modified: dateTime,
          authors: { type: 'array', items: author },
          tags: { type: 'array', items: text },
          language: text,
          attachments: { type: 'array' },
        },
        additionalProperties: false,
        ...extensionsOnly,
      },
    },
  },
  additionalProperties: false,
  ...extensionsOnly,
} as const
