import {
  geoCentroid,
  geoMercator,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3-geo'

import { countries, type CountryShape } from './atlas'

export type DrawnCountry = { name: string; d: string; focus: boolean }

export type DrawnMap = {
  width: number
  height: number
  countries: DrawnCountry[]
  /** Where a point falls on the drawing, or null when it falls outside it. */
  place: (latitude: number, longitude: number) => [number, number] | null
  /** The projection's parameters, so a script can turn a click back into coordinates. */
  projection: { kind: 'mercator'; scale: number; translate: [number, number]; rotate: number }
}

// One decimal of a pixel: finer detail is invisible and would only add bytes.
const DIGITS = 1

const overlaps = (a: CountryShape['bounds'], b: CountryShape['bounds']) => {
  const [[aw, as], [ae, an]] = a
  const [[bw, bs], [be, bn]] = b
  if (as > bn || bs > an) return false
  // A box crossing the antimeridian (west > east) spans all longitudes for this rough test.
  if (aw > ae || bw > be) return true
  return aw <= be && bw <= ae
}

const drawWith = ({
  projection,
  width,
  height,
  shapes,
  focus,
  digits = DIGITS,
}: {
  digits?: number
  projection: GeoProjection
  width: number
  height: number
  shapes: CountryShape[]
  focus?: CountryShape
}) => {
  projection.clipExtent([
    [-2, -2],
    [width + 2, height + 2],
  ])
  const path = geoPath(projection).digits(digits)
  const drawn: DrawnCountry[] = []
  for (const shape of shapes) {
    const d = path(shape)
    if (d) drawn.push({ name: shape.properties.name, d, focus: shape === focus })
  }
  // The focus country last, so its outline is drawn over its neighbours'.
  drawn.sort((a, b) => Number(a.focus) - Number(b.focus))
  const place = (latitude: number, longitude: number): [number, number] | null => {
    const point = projection([longitude, latitude])
    if (!point) return null
    const [x, y] = point
    if (x < 0 || y < 0 || x > width || y > height) return null
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10]
  }
  return { drawn, place }
}

/**
 * A country and the parts of its neighbours that fit in the frame, in a Mercator projection
 * turned to the country's centre (so a country across the antimeridian is drawn whole) and
 * fitted to it with a margin.
 */
export const drawCountry = ({
  country,
  width,
  height,
  margin = 0.12,
}: {
  country: CountryShape
  width: number
  height: number
  margin?: number
}): DrawnMap => {
  const [centreLongitude] = geoCentroid(country)
  const padX = width * margin
  const padY = height * margin
  const projection = geoMercator()
    .rotate([-centreLongitude, 0])
    .fitExtent(
      [
        [padX, padY],
        [width - padX, height - padY],
      ],
      country as GeoPermissibleObjects,
    )
  // What the frame shows, in degrees, to skip countries far outside it.
  const corners = [projection.invert!([0, 0])!, projection.invert!([width, height])!] as [
    number,
    number,
  ][]
  const view: CountryShape['bounds'] = [
    [corners[0][0], corners[1][1]],
    [corners[1][0], corners[0][1]],
  ]
  const shapes = countries('50m').filter((shape) => overlaps(shape.bounds, view))
  const { drawn, place } = drawWith({ projection, width, height, shapes, focus: country })
  return {
    width,
    height,
    countries: drawn,
    place,
    projection: {
      kind: 'mercator',
      scale: projection.scale(),
      translate: projection.translate(),
      rotate: -centreLongitude,
    },
  }
}

export type Viewport = { zoom: number; latitude: number; longitude: number }

/** Pixels the whole world spans at zoom 0: each zoom level doubles it. */
export const worldWidth = (width: number, zoom: number) => width * 2 ** zoom

/**
 * The part of the world a viewport frames, in a Mercator projection centred on it: the world
 * spans the map's width at zoom 0 and doubles with each zoom level, as tiled maps do, so
 * Mercator keeps shapes recognisable at every zoom. 1:110m up to zoom 2, 1:50m closer in.
 */
export const drawViewport = ({
  width,
  height,
  viewport,
}: {
  width: number
  height: number
  viewport: Viewport
}): DrawnMap & { bounds: CountryShape['bounds']; bbox: [number, number, number, number] } => {
  const projection = geoMercator()
    .scale(worldWidth(width, viewport.zoom) / (2 * Math.PI))
    .center([viewport.longitude, viewport.latitude])
    .translate([width / 2, height / 2])
  const [, north] = projection.invert!([0, 0])!
  const [, south] = projection.invert!([width, height])!
  // Longitudes from the centre, unwrapped (invert would wrap 190° to -170°).
  const halfSpan = (180 * width) / worldWidth(width, viewport.zoom)
  const west = viewport.longitude - halfSpan
  const east = viewport.longitude + halfSpan
  const wraps = west < -180 || east > 180
  const bounds: CountryShape['bounds'] = [
    [wraps ? -180 : west, Math.max(-85, south)],
    [wraps ? 180 : east, Math.min(85, north)],
  ]
  const shapes = countries(viewport.zoom <= 2 ? '110m' : '50m').filter(
    (shape) => shape.properties.name !== 'Antarctica' && overlaps(shape.bounds, bounds),
  )
  // The whole world in whole pixels: at that scale a tenth of one is invisible and a third
  // of the page's bytes.
  const digits = viewport.zoom <= 1 ? 0 : DIGITS
  const { drawn, place } = drawWith({ projection, width, height, shapes, digits })
  return {
    width,
    height,
    countries: drawn,
    place,
    bounds,
    // For supercluster, which unwraps longitudes itself.
    bbox: [west, bounds[0][1], east, bounds[1][1]],
    projection: {
      kind: 'mercator',
      scale: projection.scale(),
      translate: projection.translate(),
      rotate: 0,
    },
  }
}
