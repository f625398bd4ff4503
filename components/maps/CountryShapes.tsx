import type { DrawnCountry } from '@/lib/maps/draw'

/** The drawn countries of a map, the focus country (if any) shaded. Decorative on its own. */
export function CountryShapes({
  countries,
  approximate = false,
}: {
  countries: DrawnCountry[]
  approximate?: boolean
}) {
  return (
    <g aria-hidden="true">
      {countries.map((shape) => (
        <path
          key={shape.name}
          d={shape.d}
          className={
            shape.focus
              ? `map-country map-focus${approximate ? ' map-approximate' : ''}`
              : 'map-country'
          }
        />
      ))}
    </g>
  )
}
