import { TAGS, withTags } from '@/lib/freshness'
import { eventsDownload } from '@/lib/format/eventExport'

// Every event's publish, unpublish or deletion touches `events`: the edge drops each page.
export async function GET(request: Request) {
  return withTags(await eventsDownload(request, 'csv'), TAGS.events)
}
