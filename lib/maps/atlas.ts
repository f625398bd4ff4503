import { geoBounds, geoContains } from 'd3-geo'
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries50m from 'world-atlas/countries-50m.json'
import countries110m from 'world-atlas/countries-110m.json'
import atlasPackage from 'world-atlas/package.json'

import { slugify } from '@/lib/slugify'

/** What every map says it shows: the data, its edition and the package that ships it. */
export const MAP_SOURCE = {
  data: 'Natural Earth',
  dataVersion: '4.1.0',
  package: 'world-atlas',
  packageVersion: atlasPackage.version,
} as const

export type CountryShape = Feature<Polygon | MultiPolygon, { name: string }> & {
  /** [[west, south], [east, north]] in degrees; west > east when it crosses the antimeridian. */
  bounds: [[number, number], [number, number]]
}

export type Scale = '50m' | '110m'

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>

const load = (topology: unknown): CountryShape[] => {
  const collection = feature(
    topology as CountriesTopology,
    (topology as CountriesTopology).objects.countries,
  ) as FeatureCollection<Polygon | MultiPolygon, { name: string }>
  return collection.features
    .filter((shape) => shape.geometry)
    .map((shape) => ({ ...shape, bounds: geoBounds(shape) }))
}

const atlases: Partial<Record<Scale, CountryShape[]>> = {}

/**
 * The countries as Natural Earth draws them: 1:50m for a country's map, 1:110m for the world
 * (a twentieth of the bytes, and at that size nobody sees the difference).
 */
export const countries = (scale: Scale = '50m'): CountryShape[] =>
  (atlases[scale] ??= load(scale === '50m' ? countries50m : countries110m))

// Natural Earth abbreviates some names; editors write them out.
const ALIASES: Record<string, string> = {
  'united states': 'United States of America',
  usa: 'United States of America',
  'democratic republic of the congo': 'Dem. Rep. Congo',
  'republic of the congo': 'Congo',
  'central african republic': 'Central African Rep.',
  'bosnia and herzegovina': 'Bosnia and Herz.',
  'dominican republic': 'Dominican Rep.',
  'south sudan': 'S. Sudan',
  'western sahara': 'W. Sahara',
  'north macedonia': 'Macedonia',
  'ivory coast': "Côte d'Ivoire",
  'east timor': 'Timor-Leste',
  eswatini: 'eSwatini',
  'state of palestine': 'Palestine',
  'palestinian territories': 'Palestine',
  'gaza strip': 'Palestine',
  'west bank': 'Palestine',
  türkiye: 'Turkey',
  burma: 'Myanmar',
  'czech republic': 'Czechia',
}

/** The drawn outline of a country named as editors name it, or null for a name Natural Earth lacks. */
export const findCountry = (name: null | string | undefined, scale: Scale = '50m') => {
  if (!name) return null
  const wanted = name.trim().toLowerCase()
  const target = (ALIASES[wanted] ?? wanted).toLowerCase()
  return countries(scale).find((shape) => shape.properties.name.toLowerCase() === target) ?? null
}

/** A country's place-page slug: "Iraq" → "iraq". */
export const countrySlug = (name: string) => slugify(name)

/** Whether a point lies inside a country as drawn (1:50m), the test the admin and the seed use. */
export const containsPoint = (shape: CountryShape, latitude: number, longitude: number) =>
  geoContains(shape, [longitude, latitude])

/** The country whose drawn outline holds the point, if any. */
export const countryAt = (latitude: number, longitude: number, scale: Scale = '50m') =>
  countries(scale).find((shape) => geoContains(shape, [longitude, latitude])) ?? null
