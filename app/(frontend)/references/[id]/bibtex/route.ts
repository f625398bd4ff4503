import { TAGS, withTags } from '@/lib/freshness'
import { referenceIdParam } from '@/lib/format/citation'
import { referenceDownload } from '@/lib/format/referenceDownload'

// Tagged when it answers 404 too: the reference's first publish must reach the edge's copy.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const idParam = (await params).id
  const id = referenceIdParam(idParam)
  return withTags(await referenceDownload(idParam, 'bibtex'), id && TAGS.reference(id))
}
