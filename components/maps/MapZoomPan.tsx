'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

type Props = {
  /** The element holding the map's SVG. */
  targetId: string
  width: number
  zoom: number
  latitude: number
  longitude: number
  minZoom: number
  maxZoom: number
  /** The filters' query string, kept on every move. */
  query: string
}

const toRadians = Math.PI / 180

/**
 * Zoom with the wheel and pan by dragging, on top of a map that works without it: every move
 * loads the map's URL for the new view, rendered on the server like the links do.
 */
export function MapZoomPan({
  targetId,
  width,
  zoom,
  latitude,
  longitude,
  minZoom,
  maxZoom,
  query,
}: Props) {
  const router = useRouter()

  useEffect(() => {
    const target = document.getElementById(targetId)
    const svg = target?.querySelector('svg')
    if (!target || !svg) return
    const scale = (width * 2 ** zoom) / (2 * Math.PI)
    const x0 = scale * longitude * toRadians
    const y0 = scale * Math.log(Math.tan(Math.PI / 4 + (latitude * toRadians) / 2))

    // The centre `dx`, `dy` map pixels away, at `nextZoom`, as a URL.
    const hrefFor = (dx: number, dy: number, nextZoom: number) => {
      const lng = (x0 + dx) / scale / toRadians
      const lat = (2 * Math.atan(Math.exp((y0 - dy) / scale)) - Math.PI / 2) / toRadians
      const params = new URLSearchParams(query)
      params.set('z', String(Math.min(maxZoom, Math.max(minZoom, nextZoom))))
      params.set('lat', String(Math.round(Math.min(75, Math.max(-55, lat)) * 100) / 100))
      params.set('lng', String(Math.round((((lng + 540) % 360) - 180) * 100) / 100))
      return `/events/map?${params}`
    }
    const pixels = () => width / svg.getBoundingClientRect().width

    let wheelBusy = false
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      if (wheelBusy) return
      const nextZoom = zoom + (event.deltaY < 0 ? 1 : -1)
      if (nextZoom < minZoom || nextZoom > maxZoom) return
      wheelBusy = true
      const box = svg.getBoundingClientRect()
      // Zooming in keeps the point under the pointer where it is: the centre moves half way.
      const dx =
        ((event.clientX - box.left - box.width / 2) * pixels()) / (nextZoom > zoom ? 2 : -1)
      const dy =
        ((event.clientY - box.top - box.height / 2) * pixels()) / (nextZoom > zoom ? 2 : -1)
      router.push(hrefFor(dx, dy, nextZoom), { scroll: false })
    }

    let start: { x: number; y: number } | null = null
    let moved = false
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return
      start = { x: event.clientX, y: event.clientY }
      moved = false
    }
    const onMove = (event: PointerEvent) => {
      if (!start) return
      const dx = event.clientX - start.x
      const dy = event.clientY - start.y
      if (!moved && Math.hypot(dx, dy) < 6) return
      if (!moved) target.setPointerCapture(event.pointerId)
      moved = true
      svg.style.transform = `translate(${dx}px, ${dy}px)`
    }
    const onUp = (event: PointerEvent) => {
      if (!start) return
      const dx = (start.x - event.clientX) * pixels()
      const dy = (start.y - event.clientY) * pixels()
      start = null
      if (!moved) return
      router.push(hrefFor(dx, dy, zoom), { scroll: false })
    }
    // A drag that ends on a cluster is a pan, not a click on it.
    const onClick = (event: MouseEvent) => {
      if (moved) {
        event.preventDefault()
        moved = false
      }
    }

    target.addEventListener('wheel', onWheel, { passive: false })
    target.addEventListener('pointerdown', onDown)
    target.addEventListener('pointermove', onMove)
    target.addEventListener('pointerup', onUp)
    target.addEventListener('click', onClick, true)
    return () => {
      svg.style.transform = ''
      target.removeEventListener('wheel', onWheel)
      target.removeEventListener('pointerdown', onDown)
      target.removeEventListener('pointermove', onMove)
      target.removeEventListener('pointerup', onUp)
      target.removeEventListener('click', onClick, true)
    }
  }, [latitude, longitude, maxZoom, minZoom, query, router, targetId, width, zoom])

  return null
}
