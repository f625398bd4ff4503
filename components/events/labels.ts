import type { Event, Reaction } from '@/payload-types'

export const EVENT_TYPE_LABELS: Record<Event['type'], string> = {
  massacre: 'Massacre',
  raid: 'Raid',
  airstrike: 'Airstrike',
  bombing: 'Bombing',
  kidnapping: 'Kidnapping',
  execution: 'Execution',
  attack: 'Attack',
  other: 'Other',
}

export const STANCE_LABELS: Record<Reaction['stance'], string> = {
  condemnation: 'Condemnation',
  concern: 'Concern',
  'call-for-investigation': 'Call for investigation',
  support: 'Support',
  denial: 'Denial',
  other: 'Statement',
}

export const ATTRIBUTION_LABELS: Record<string, string> = {
  alleged: 'alleged',
  suspected: 'suspected',
  confirmed: 'confirmed',
  claimed: 'claimed responsibility',
}

export { placeOf } from '@/lib/format/place'
