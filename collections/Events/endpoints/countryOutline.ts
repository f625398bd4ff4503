import type { Endpoint } from 'payload'

import { findCountry } from '@/lib/maps/atlas'
import { drawCountry } from '@/lib/maps/draw'

export const OUTLINE_WIDTH = 480
export const OUTLINE_HEIGHT = 360

/**
 * `GET /api/events/country-outline?country=Iraq`: the drawn country and its projection, for
 * the admin's location picker (a click on the drawing becomes coordinates). Staff only.
 */
export const countryOutline: Endpoint = {
  path: '/country-outline',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return Response.json({ errors: [{ message: 'Sign in first.' }] }, { status: 401 })
    const name = req.searchParams.get('country')?.slice(0, 100) ?? ''
    const country = findCountry(name)
    if (!country) {
      return Response.json(
        {
          errors: [
            {
              message: `The map has no country named "${name}".`,
              data: { errors: [{ path: 'country', message: 'Unknown country.' }] },
            },
          ],
        },
        { status: 400 },
      )
    }
    const map = drawCountry({ country, width: OUTLINE_WIDTH, height: OUTLINE_HEIGHT })
    return Response.json(
      {
        name: country.properties.name,
        width: map.width,
        height: map.height,
        countries: map.countries,
        projection: map.projection,
      },
      { headers: { 'Cache-Control': 'private, max-age=3600' } },
    )
  },
}
