import type { Field, FieldHook, TextFieldSingleValidation } from 'payload'

import { containsPoint, countryAt, findCountry, type CountryShape } from '@/lib/maps/atlas'

// A coastal town can sit just outside Natural Earth's 1:50m coastline: a point within about
// 10 km of its country counts as inside (the map draws it on the coast).
const TOLERANCE_DEGREES = 0.1
const AROUND = [0, 1, 2, 3, 4, 5, 6, 7].map((step) => (step * Math.PI) / 4)

const nearCountry = (shape: CountryShape, latitude: number, longitude: number) =>
  containsPoint(shape, latitude, longitude) ||
  AROUND.some((angle) =>
    containsPoint(
      shape,
      latitude + TOLERANCE_DEGREES * Math.sin(angle),
      longitude + TOLERANCE_DEGREES * Math.cos(angle),
    ),
  )

type Location = { country?: null | string; latitude?: null | number; longitude?: null | number }

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/**
 * Why a location's coordinates cannot stand, or null: half a pair, or a point outside the
 * country it names (as Natural Earth draws it). The message names both.
 */
export const locationProblem = (location: Location | null | undefined): null | string => {
  const { country, latitude, longitude } = location ?? {}
  if (!isNumber(latitude) && !isNumber(longitude)) return null
  if (!isNumber(latitude) || !isNumber(longitude)) {
    return 'Give both latitude and longitude, or neither.'
  }
  if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) return null
  const point = `${latitude}, ${longitude}`
  if (!country) return `Name the country the coordinates ${point} lie in.`
  const shape = findCountry(country)
  if (!shape) {
    return `The map has no country named "${country}", so the coordinates ${point} cannot be checked: name it as Natural Earth does (e.g. "Iraq", "Syria").`
  }
  if (!nearCountry(shape, latitude, longitude)) {
    const actual = countryAt(latitude, longitude)
    return `The coordinates ${point} lie outside ${shape.properties.name}${actual ? ` (they are in ${actual.properties.name})` : ''}.`
  }
  return null
}

const validateLatitude = (value: null | number | undefined) =>
  value === null ||
  value === undefined ||
  (value >= -90 && value <= 90) ||
  'Latitude must be between -90 and 90.'

const validateLongitude = (value: null | number | undefined) =>
  value === null ||
  value === undefined ||
  (value >= -180 && value <= 180) ||
  'Longitude must be between -180 and 180.'

// The check sits on the country, the field the message is about; it runs on every door
// (admin, REST, GraphQL, Local API) because Payload validates on the server.
const validateCountry: TextFieldSingleValidation = (_value, { siblingData }) =>
  locationProblem(siblingData as Location) ?? true

/** With coordinates and no country, the country is the one the point lies in. */
const countryFromCoordinates: FieldHook = ({ value, siblingData }) => {
  if (value) return value
  const { latitude, longitude } = (siblingData ?? {}) as Location
  if (!isNumber(latitude) || !isNumber(longitude)) return value
  return countryAt(latitude, longitude)?.properties.name ?? value
}

export const locationField: Field = {
  name: 'location',
  type: 'group',
  admin: {
    description:
      'Type the coordinates, or pick the country and click on its map. The country defaults to the one the coordinates lie in.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'place', type: 'text' },
        { name: 'region', type: 'text' },
        {
          name: 'country',
          type: 'text',
          validate: validateCountry,
          hooks: { beforeValidate: [countryFromCoordinates] },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', validate: validateLatitude },
        { name: 'longitude', type: 'number', validate: validateLongitude },
        {
          name: 'reference',
          type: 'relationship',
          relationTo: 'references',
          label: 'Coordinates source',
          admin: { description: 'The gazetteer the coordinates come from, e.g. GeoNames.' },
        },
      ],
    },
    {
      name: 'picker',
      type: 'ui',
      admin: { components: { Field: '@/components/admin/LocationPicker#LocationPicker' } },
    },
  ],
}
