import type { Validate } from 'payload'

/**
 * `req.context` key: `true` while an article is saved as a draft, `false` while it is saved as published
 * (set before each create and update by `markDraftSaveBeforeOperation`). Articles validate drafts
 * (`versions.drafts.validate: true`) so that Payload's admin opens an empty form for "create new" instead
 * of saving a blank draft first.
 */
export const DRAFT_SAVE = 'newsroomDraftSave'

/**
 * `validate` applied only when the article is saved as published: a draft may be incomplete while it is
 * written. The admin's form (whose requests carry no save) shows the field as required without refusing
 * the draft.
 */
export function checkedWhenPublished<TValue, TData, TSiblingData, TFieldConfig extends object>(
  validate: Validate<TValue, TData, TSiblingData, TFieldConfig>,
): Validate<TValue, TData, TSiblingData, TFieldConfig> {
  return (value, args) => (args.req.context[DRAFT_SAVE] === false ? validate(value, args) : true)
}
