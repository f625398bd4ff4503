import type { Event } from '@/payload-types'

/** "Camp Ashraf, Diyala Governorate, Iraq". */
export const placeOf = (event: Pick<Event, 'location'>) =>
  [event.location?.place, event.location?.region, event.location?.country]
    .filter(Boolean)
    .join(', ')
