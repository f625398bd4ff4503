import type { Event } from '@/payload-types'

type Figure = NonNullable<Event['figures']>[number]

export const FIGURE_LABELS: Record<Figure['kind'], string> = {
  deaths: 'Deaths',
  injured: 'Injured',
  missing: 'Missing',
  detained: 'Detained',
  displaced: 'Displaced',
}

const QUALIFIERS: Record<NonNullable<Figure['qualifier']>, string> = {
  'at-least': 'at least ',
  about: 'about ',
  'up-to': 'up to ',
}

const number = (value: number) => value.toLocaleString('en-GB')

/** "at least 52", "30–40". */
export const figureValue = (figure: Figure): string => {
  const qualifier = figure.qualifier ? QUALIFIERS[figure.qualifier] : ''
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
  (Object.keys(FIGURE_LABELS) as Figure['kind'][])
    .map((kind) => ({
      kind,
      label: FIGURE_LABELS[kind],
      claims: (figures ?? [])
        .filter((figure) => figure.kind === kind)
        .sort(
          (a, b) =>
            Number(Boolean(b.preferred)) - Number(Boolean(a.preferred)) || sortKey(a) - sortKey(b),
        ),
    }))
    .filter((group) => group.claims.length > 0)

export type FigureGroup = ReturnType<typeof groupFigures>[number]
