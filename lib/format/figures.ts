import type { Event } from '@/payload-types'
import { FIGURE_KINDS, FIGURE_LABELS, QUALIFIER_LABELS } from '@/lib/vocabulary'

export type Figure = NonNullable<Event['figures']>[number]

const number = (value: number) => value.toLocaleString('en-GB')

/** "at least 52", "30–40". */
export const figureValue = (figure: Figure): string => {
  const qualifier = figure.qualifier ? `${QUALIFIER_LABELS[figure.qualifier]} ` : ''
  if (typeof figure.value === 'number') return `${qualifier}${number(figure.value)}`
  return `${qualifier}${number(figure.min ?? 0)}–${number(figure.max ?? 0)}`
}

const sortKey = (figure: Figure) => figure.value ?? figure.min ?? 0

/**
 * The figures of an event grouped by kind, in a fixed order of kinds; within a kind the
 * preferred claim comes first, then the others from lowest to highest, so a range of claims
 * reads "3 (Iraqi authorities) – 34 (United Nations)".
 */
export const groupFigures = (figures: Event['figures']) =>
  FIGURE_KINDS.map(({ value: kind }) => ({
    kind,
    label: FIGURE_LABELS[kind],
    claims: (figures ?? [])
      .filter((figure) => figure.kind === kind)
      .sort(
        (a, b) =>
          Number(Boolean(b.preferred)) - Number(Boolean(a.preferred)) || sortKey(a) - sortKey(b),
      ),
  })).filter((group) => group.claims.length > 0)

export type FigureGroup = ReturnType<typeof groupFigures>[number]
