import type { Event } from '@/payload-types'

import { EVENT_TYPE_LABELS } from './labels'

type Props = {
  years: number[]
  countries: string[]
  selected: { year?: number; type?: Event['type']; place?: string }
  /** Where the form filters: the timeline, or the map. */
  action?: '/events' | '/events/map'
}

/** A plain GET form: filtering works without JavaScript and every result has a URL. */
export function EventFilters({ years, countries, selected, action = '/events' }: Props) {
  return (
    <form
      className="event-filters"
      action={action}
      method="get"
      role="search"
      aria-label="Filter events"
    >
      <label>
        Year
        <select name="year" defaultValue={selected.year ?? ''}>
          <option value="">All years</option>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <label>
        Type
        <select name="type" defaultValue={selected.type ?? ''}>
          <option value="">All types</option>
          {Object.entries(EVENT_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Place
        <input
          type="text"
          name="place"
          list={`event-countries${action === '/events' ? '' : '-map'}`}
          defaultValue={selected.place ?? ''}
          placeholder="Country, region or place"
        />
        <datalist id={`event-countries${action === '/events' ? '' : '-map'}`}>
          {countries.map((country) => (
            <option key={country} value={country} />
          ))}
        </datalist>
      </label>
      <button type="submit">Filter</button>
    </form>
  )
}
