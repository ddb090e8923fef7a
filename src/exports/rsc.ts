/** Server components of the newsroom workflow admin: the «قيد المراجعة» review queue view and dashboard widget. */
export { ReviewQueueView } from '../admin/components/ReviewQueueView'
export { ReviewQueueWidget } from '../admin/components/ReviewQueueWidget'
