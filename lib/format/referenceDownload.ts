import { findPublishedReference } from '@/lib/queries/references'

import { bibtexOf, referenceCsl, referenceIdParam } from './citation'

const NOT_FOUND = () =>
  new Response('No published reference has this id.\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })

/**
 * A reference as a download in `format`: the response of the route handlers under
 * /references/[id]/. Unpublished references are as absent as missing ones.
 */
export async function referenceDownload(idParam: string, format: 'bibtex' | 'csl-json') {
  const id = referenceIdParam(idParam)
  const reference = id ? await findPublishedReference(id) : null
  if (!reference) return NOT_FOUND()
  const csl = referenceCsl(reference)
  const [body, type, extension] =
    format === 'bibtex'
      ? [bibtexOf([csl]), 'application/x-bibtex; charset=utf-8', 'bib']
      : [`${JSON.stringify([csl], null, 2)}\n`, 'application/vnd.citationstyles.csl+json', 'json']
  return new Response(body, {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `inline; filename="annals-reference-${reference.id}.${extension}"`,
      'Cache-Control': 'public, s-maxage=300, stale-while-revalidate=86400',
    },
  })
}
