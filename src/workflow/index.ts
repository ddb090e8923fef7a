/**
 * Editorial workflow rules: states, roles, transitions, permissions, publish
 * checks and embargo. Pure data and pure functions, independent of Payload.
 * See `docs/workflow.md` for the state diagram and the permission table.
 */
export { idOf, includesId, sameId } from './ids'
export type { Id, IdRef } from './ids'
export { INITIAL_STATE, WORKFLOW_STATES, isWorkflowState, resolveState } from './states'
export type { WorkflowState } from './states'
export {
  CAPABILITIES,
  CAPABILITY_SCOPE,
  ROLES,
  ROLE_CAPABILITIES,
  hasRole,
  isRole,
  isStaff,
  isSystemActor,
  isUserActor,
  rolesOf,
} from './roles'
export type { Actor, Capability, CapabilityScope, Role, SystemActor, UserActor } from './roles'
export { HISTORY_ACTIONS, TRANSITIONS, USER_ACTIONS, WORKFLOW_ACTIONS, isWorkflowAction, transitionsFor } from './transitions'
export type { HistoryAction, Transition, WorkflowAction } from './transitions'
export {
  AUTHOR_EDITABLE_STATES,
  EDIT_RESETS,
  REVIEWER_EDITABLE_STATES,
  articleSectionId,
  canCreateArticle,
  canEditArticle,
  canReadDrafts,
  capabilitiesOf,
  editResetsState,
  isAuthor,
  stateAfterEdit,
} from './permissions'
export { lexicalHasText, publishChecks, resolvePublishedAt } from './checks'
export { toDate } from './dates'
export { checkEmbargo, isEmbargoed } from './embargo'
export { ADMIN_DATE_FORMAT, DEFAULT_DIGIT_STYLE, DIGIT_STYLES, formatNewsroomTime, formatStaffTime } from './time'
export type { DigitStyle, TimeStyle } from './time'
export type { EmbargoError } from './embargo'
export { MESSAGES, formatMessage } from '../messages'
export type { MessageCode, MessageParams } from '../messages'
export { ACTION_LABELS, HISTORY_ACTION_LABELS, ROLE_LABELS, STATE_LABELS } from './labels'
export { allowedActions, decideTransition } from './decide'
export {
  belongsToSection,
  canEditSources,
  editScope,
  editsSection,
  managesAllSections,
  managesSection,
  reviewScope,
  reviewsSection,
} from './sectionAuthority'
export type {
  RefusalStatus,
  TransitionAllowed,
  TransitionDecision,
  TransitionRefused,
  TransitionRequest,
  WorkflowPatch,
} from './decide'
export { DEFAULT_TIME_ZONE } from './types'
export type {
  ArticleLike,
  Bilingual,
  DateInput,
  FeaturedImageRef,
  Problem,
  SectionLike,
  WorkflowOptions,
} from './types'
