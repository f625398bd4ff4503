import { referenceDownload } from '@/lib/format/referenceDownload'

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return referenceDownload((await params).id, 'csl-json')
}
