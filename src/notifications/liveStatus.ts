/** The `req.context` entry where the live state before a save is kept for the afterChange hook. */
export function liveStatusContextKey(collection: string, id: string | number): string {
  return `newsroomLiveBefore:${collection}:${String(id)}`
}
