import { isPreview } from '@/lib/queries/readOptions'

/** Tells staff that they see drafts, not what readers see. */
export async function PreviewBanner() {
  if (!(await isPreview())) return null
  return (
    <div className="preview-banner" role="status">
      Preview: you are seeing the newest drafts, not the published pages.{' '}
      <a href="/preview/exit">Leave preview</a>
    </div>
  )
}
