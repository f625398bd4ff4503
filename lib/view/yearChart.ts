import type { PlaceFilter, YearTypeCount } from '@/lib/queries/places'
import { EVENT_TYPE_LABELS, EVENT_TYPES } from '@/lib/vocabulary'
import type { Event } from '@/payload-types'

type EventType = Event['type']

// One colour per type, distinguishable side by side; the table carries the numbers.
const COLOURS: Record<EventType, string> = {
  massacre: '#8c1c13',
  raid: '#2f5d8a',
  airstrike: '#c96a0e',
  bombing: '#5b3f8c',
  kidnapping: '#2d7a4b',
  execution: '#3c3c3c',
  attack: '#b03a73',
  other: '#7a7a52',
}

export type YearChartView = {
  title: string
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  legend: { type: EventType; label: string; colour: string }[]
  ticks: { value: number; y: number }[]
  yearLabels: { year: number; x: number }[]
  bars: {
    year: number
    x: number
    width: number
    total: number
    label: string
    href: string
    counts: Partial<Record<EventType, number>>
    segments: { type: EventType; y: number; height: number; colour: string }[]
  }[]
}

const WIDTH = 720
const HEIGHT = 200
const PLOT = { left: 36, right: WIDTH - 8, top: 8, bottom: HEIGHT - 24 }

const niceMax = (value: number) => {
  if (value <= 5) return Math.max(1, value)
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value / 4)! * magnitude
  return Math.ceil(value / step) * step
}

/** The years from the first to the last, gaps included, each a stacked bar by type. */
export const yearChartView = ({
  counts,
  filters,
  title,
}: {
  counts: YearTypeCount[]
  filters: PlaceFilter
  title: string
}): YearChartView => {
  const byYear = new Map<number, Partial<Record<EventType, number>>>()
  for (const { year, type, count } of counts) {
    byYear.set(year, { ...byYear.get(year), [type]: count })
  }
  const years = [...byYear.keys()].sort((a, b) => a - b)
  const first = years[0] ?? 0
  const last = years.at(-1) ?? -1
  const allYears = Array.from({ length: last - first + 1 }, (_, index) => first + index)
  const types = EVENT_TYPES.map((term) => term.value).filter((type) =>
    counts.some((row) => row.type === type),
  )
  const totals = allYears.map((year) =>
    Object.values(byYear.get(year) ?? {}).reduce((sum, count) => sum + (count ?? 0), 0),
  )
  const top = niceMax(Math.max(0, ...totals))
  const plotHeight = PLOT.bottom - PLOT.top
  const slot = (PLOT.right - PLOT.left) / Math.max(1, allYears.length)
  const barWidth = Math.max(1, Math.round(slot * 0.8 * 10) / 10)
  const labelEvery = Math.ceil(allYears.length / 12)
  const query = (year: number) => {
    const params = new URLSearchParams({ year: String(year) })
    if (filters.type) params.set('type', filters.type)
    const place = filters.region ?? filters.place
    if (place) params.set('place', place)
    return `/events?${params}`
  }
  return {
    title,
    width: WIDTH,
    height: HEIGHT,
    plot: PLOT,
    legend: types.map((type) => ({ type, label: EVENT_TYPE_LABELS[type], colour: COLOURS[type] })),
    ticks: [0, top / 2, top].map((value) => ({
      value,
      y: Math.round((PLOT.bottom - (value / top) * plotHeight) * 10) / 10,
    })),
    yearLabels: allYears
      .filter((year, index) => index % labelEvery === 0 || year === last)
      .filter(
        (year, index, list) =>
          year !== last || index === 0 || year - list[index - 1] >= labelEvery / 2,
      )
      .map((year) => ({
        year,
        x: Math.round((PLOT.left + (year - first) * slot + slot / 2) * 10) / 10,
      })),
    bars: allYears.flatMap((year, index) => {
      const total = totals[index]
      if (!total) return []
      const counts = byYear.get(year) ?? {}
      let y = PLOT.bottom
      const x = Math.round((PLOT.left + index * slot + (slot - barWidth) / 2) * 10) / 10
      return [
        {
          year,
          x,
          width: barWidth,
          total,
          label: `${year}: ${total.toLocaleString('en')} ${total === 1 ? 'event' : 'events'}`,
          href: query(year),
          counts,
          segments: types.flatMap((type) => {
            const count = counts[type]
            if (!count) return []
            const height = Math.round((count / top) * plotHeight * 10) / 10
            y -= height
            return [{ type, y: Math.round(y * 10) / 10, height, colour: COLOURS[type] }]
          }),
        },
      ]
    }),
  }
}
