import { formatDate, isoDay } from '@/lib/format/date'
import { figureValue, type Figure } from '@/lib/format/figures'
import { FIGURE_KINDS } from '@/lib/vocabulary'

/** One dated claim of a source: a point of its line. */
export type FigurePoint = {
  key: string
  isoDate: string
  dateText: string
  /** Where the point sits: the value, or the middle of a range. */
  y: number
  low: number
  high: number
  valueText: string
}

export type FigureSeries = { source: string; points: FigurePoint[] }

export type FigureHistory = { kind: Figure['kind']; label: string; series: FigureSeries[] }

const bounds = (figure: Figure) => {
  if (typeof figure.value === 'number') return { low: figure.value, high: figure.value }
  return { low: figure.min ?? 0, high: figure.max ?? figure.min ?? 0 }
}

/**
 * How each source's figures changed over time: for every kind of figure where some source
 * gave more than one dated figure, one series per source, oldest first. Undated claims have
 * no place on a timeline and are left to the figures table.
 */
export const figureHistory = (figures: Figure[] | null | undefined): FigureHistory[] =>
  FIGURE_KINDS.flatMap(({ value: kind, reader: label }) => {
    const dated = (figures ?? []).filter((figure) => figure.kind === kind && figure.asOf)
    const sources = [...new Set(dated.map((figure) => figure.claimedBy))]
    const series = sources.map((source) => ({
      source,
      points: dated
        .filter((figure) => figure.claimedBy === source)
        .sort((a, b) => a.asOf!.localeCompare(b.asOf!))
        .map((figure, position) => {
          const { low, high } = bounds(figure)
          return {
            key: figure.id ?? `${kind}-${source}-${position}`,
            isoDate: isoDay(figure.asOf)!,
            dateText: formatDate(figure.asOf),
            y: (low + high) / 2,
            low,
            high,
            valueText: figureValue(figure),
          }
        }),
    }))
    return series.some((line) => line.points.length > 1) ? [{ kind, label, series }] : []
  })
