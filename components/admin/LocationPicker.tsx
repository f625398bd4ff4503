'use client'

import { useConfig, useField, useFormFields } from '@payloadcms/ui'
import { geoMercator } from 'd3-geo'
import React, { useEffect, useMemo, useState } from 'react'

type Outline = {
  name: string
  width: number
  height: number
  countries: { name: string; d: string; focus: boolean }[]
  projection: { scale: number; translate: [number, number]; rotate: number }
}

const round = (value: number) => Math.round(value * 10_000) / 10_000

/**
 * The location's country drawn from the same Natural Earth data as the reader's maps, no tile
 * server: a click sets the coordinates, typed coordinates move the pin. The server checks the
 * point lies in the country whichever way it was set.
 */
export function LocationPicker({ path }: { path?: string }) {
  const base = (path ?? 'location.picker').replace(/\.picker$/, '')
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const country = useFormFields(([fields]) => fields[`${base}.country`]?.value) as
    string | undefined
  const latitude = useField<number | null>({ path: `${base}.latitude` })
  const longitude = useField<number | null>({ path: `${base}.longitude` })
  const [result, setResult] = useState<{ country: string; outline?: Outline; error?: string }>()

  useEffect(() => {
    if (!country) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(
          `${serverURL}${api}/events/country-outline?country=${encodeURIComponent(country)}`,
          { credentials: 'include', signal: controller.signal },
        )
        const body = await response.json()
        setResult(
          response.ok
            ? { country, outline: body as Outline }
            : { country, error: body.errors?.[0]?.message ?? 'The country could not be drawn.' },
        )
      } catch (error) {
        if ((error as Error).name !== 'AbortError') {
          setResult({ country, error: 'The country could not be drawn.' })
        }
      }
    }, 300)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, country, serverURL])

  // A result for another country (typed since) is not shown.
  const current = country && result?.country === country ? result : undefined
  const outline = current?.outline ?? null
  const message = !country ? 'Name the country to draw it here.' : (current?.error ?? '')

  const projection = useMemo(
    () =>
      outline
        ? geoMercator()
            .rotate([outline.projection.rotate, 0])
            .scale(outline.projection.scale)
            .translate(outline.projection.translate)
        : null,
    [outline],
  )

  const lat = latitude.value
  const lng = longitude.value
  const pin =
    projection && typeof lat === 'number' && typeof lng === 'number' ? projection([lng, lat]) : null

  const place = (event: React.MouseEvent<SVGSVGElement>) => {
    if (!projection || !outline) return
    const box = event.currentTarget.getBoundingClientRect()
    const x = ((event.clientX - box.left) / box.width) * outline.width
    const y = ((event.clientY - box.top) / box.height) * outline.height
    const point = projection.invert?.([x, y])
    if (!point) return
    longitude.setValue(round(point[0]))
    latitude.setValue(round(point[1]))
  }

  return (
    <div className="field-type location-picker">
      <p className="field-description">
        Click on the map to set the coordinates{outline ? ` in ${outline.name}` : ''}.
      </p>
      {outline ? (
        <svg
          viewBox={`0 0 ${outline.width} ${outline.height}`}
          role="img"
          aria-label={`Map of ${outline.name}: click to place the pin`}
          onClick={place}
          style={{
            width: '100%',
            maxWidth: outline.width,
            cursor: 'crosshair',
            background: '#dbe9f4',
          }}
        >
          {outline.countries.map((shape) => (
            <path
              key={shape.name}
              d={shape.d}
              fill={shape.focus ? '#f4e8c1' : '#e6e6e6'}
              stroke={shape.focus ? '#555' : '#aaa'}
              strokeWidth={shape.focus ? 1 : 0.5}
            />
          ))}
          {pin ? (
            <circle cx={pin[0]} cy={pin[1]} r={5} fill="#b00" stroke="#fff" strokeWidth={1.5} />
          ) : null}
        </svg>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  )
}
