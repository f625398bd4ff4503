import { eventsDownload } from '@/lib/format/eventExport'

export async function GET(request: Request) {
  return eventsDownload(request, 'csv')
}
