import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { containsPoint, countryAt, findCountry } from '@/lib/maps/atlas'
import { drawCountry } from '@/lib/maps/draw'
import { locationMapView } from '@/lib/view/locationMap'
import { events } from '@/scripts/seed/content/events'

import { demoUser, getTestPayload } from './helpers/payload'
import { fieldErrors, graphql, login, rest } from './helpers/rest'

// Baghdad's centre (GeoNames: 33.34° N, 44.40° E).
const BAGHDAD = { latitude: 33.34, longitude: 44.4 }

const located = events.filter(
  (event) =>
    typeof event.location?.latitude === 'number' && typeof event.location?.longitude === 'number',
)

describe('demo event locations', () => {
  it('should give coordinates, with their source, to every demo event named by a place', () => {
    const named = events.filter((event) => event.location?.place)
    expect(located.map((event) => event.key)).toEqual(named.map((event) => event.key))
    expect(located.every((event) => event.location?.reference === 'geonames')).toBe(true)
  })

  it.each(located.map((event) => [event.name, event.location!] as const))(
    'should draw the pin of %s inside its country as Natural Earth draws it',
    (_name, location) => {
      const country = findCountry(location.country)!
      expect(containsPoint(country, location.latitude!, location.longitude!)).toBe(true)
      expect(locationMapView({ ...location, reference: null })).toMatchObject({
        approximate: false,
        pin: expect.any(Object),
      })
    },
  )

  // Natural Earth in world-atlas has countries only, not governorates: Diyala is checked as
  // "inside Iraq and north-east of Baghdad", where the governorate lies.
  it('should pin Camp Ashraf inside Iraq, north-east of Baghdad', () => {
    const ashraf = events.find((event) => event.key === 'camp-ashraf-2013')!.location!
    expect(countryAt(ashraf.latitude!, ashraf.longitude!)?.properties.name).toBe('Iraq')
    expect(ashraf.latitude).toBeGreaterThan(BAGHDAD.latitude)
    expect(ashraf.longitude).toBeGreaterThan(BAGHDAD.longitude)
    const map = drawCountry({ country: findCountry('Iraq')!, width: 280, height: 220 })
    const [pinX, pinY] = map.place(ashraf.latitude!, ashraf.longitude!)!
    const [baghdadX, baghdadY] = map.place(BAGHDAD.latitude, BAGHDAD.longitude)!
    expect(pinX).toBeGreaterThan(baghdadX)
    expect(pinY).toBeLessThan(baghdadY)
  })

  it('should shade the country, marked approximate, when an event has no coordinates', () => {
    const view = locationMapView({ country: 'Iran' })
    expect(view).toMatchObject({ approximate: true, pin: null })
    expect(view?.countries.find((shape) => shape.focus)?.name).toBe('Iran')
  })

  it('should draw no pin for coordinates outside the named country', () => {
    expect(locationMapView({ country: 'Iraq', latitude: 48.85, longitude: 2.35 })).toMatchObject({
      approximate: true,
      pin: null,
    })
  })
})

describe('event coordinates outside their country', () => {
  let payload: Payload
  let token: string
  const created: number[] = []
  let count = 0
  const data = (location: Record<string, unknown>) => ({
    name: `Map test event ${process.pid} ${++count}`,
    type: 'attack',
    startDate: '2013-09-01',
    changeSummary: 'Map test',
    location,
  })
  const PARIS_IN_IRAQ = { country: 'Iraq', latitude: 48.85, longitude: 2.35 }

  beforeAll(async () => {
    payload = await getTestPayload()
    token = await login('editor')
  })

  afterAll(async () => {
    for (const id of created) await payload.delete({ collection: 'events', id })
  })

  it('should refuse them through REST with a 400 naming the country field and both places', async () => {
    const response = await rest({
      method: 'POST',
      path: '/events',
      body: data(PARIS_IN_IRAQ),
      token,
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([
      expect.objectContaining({
        path: 'location.country',
        message: expect.stringMatching(/48\.85, 2\.35.*outside Iraq.*France/),
      }),
    ])
  })

  it('should refuse them through GraphQL with a 400', async () => {
    const { body } = await graphql({
      query: `mutation ($data: mutationEventInput!) { createEvent(data: $data, draft: true) { id } }`,
      variables: {
        data: { ...data(PARIS_IN_IRAQ), slug: `map-test-${process.pid}`, datePrecision: 'day' },
      },
      token,
    })
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/48\.85, 2\.35.*outside Iraq.*France/),
      extensions: { statusCode: 400 },
    })
  })

  it('should refuse them through the Local API with a ValidationError', async () => {
    const editor = await demoUser(payload, 'editor')
    await expect(
      payload.create({
        collection: 'events',
        data: data(PARIS_IN_IRAQ) as never,
        draft: true,
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow(ValidationError)
  })

  it('should accept coordinates inside the country and fill in a missing country from them', async () => {
    const doc = await payload.create({
      collection: 'events',
      data: data({ latitude: 33.63, longitude: 44.55 }) as never,
      draft: true,
    })
    created.push(doc.id)
    expect(doc.location?.country).toBe('Iraq')
  })
})

describe('the admin location picker outline (GET /api/events/country-outline)', () => {
  it('should refuse a visitor who is not signed in', async () => {
    const response = await rest({ method: 'GET', path: '/events/country-outline?country=Iraq' })
    expect(response.status).toBe(401)
  })

  it('should draw the named country for staff, with the projection a click is inverted with', async () => {
    const response = await rest({
      method: 'GET',
      path: '/events/country-outline?country=Iraq',
      token: await login('editor'),
    })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      name: 'Iraq',
      projection: { kind: 'mercator', scale: expect.any(Number) },
    })
  })

  it('should answer an unknown country with a 400 naming the field', async () => {
    const response = await rest({
      method: 'GET',
      path: '/events/country-outline?country=Atlantis',
      token: await login('editor'),
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([expect.objectContaining({ path: 'country' })])
  })
})
