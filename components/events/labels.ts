// Reader labels now live in the vocabulary module; kept here for the pages that import them.
export { ATTRIBUTION_LABELS, EVENT_TYPE_LABELS, STANCE_LABELS } from '@/lib/vocabulary'

export { placeOf } from '@/lib/format/place'
