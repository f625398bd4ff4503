import type { YearChartView } from '@/lib/view/yearChart'

import './maps.css'

/**
 * Events per year, stacked by type: each bar links to that year's list. The table after it
 * holds the same numbers for screen readers (the bars are links with their totals as names).
 */
export function YearChart({ chart, id }: { chart: YearChartView; id: string }) {
  if (!chart.bars.length) return null
  return (
    <figure className="year-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <strong>{chart.title}</strong>
      </figcaption>
      <ul className="chart-legend" aria-hidden="true">
        {chart.legend.map((entry) => (
          <li key={entry.type}>
            <span className="chart-swatch" style={{ background: entry.colour }} />
            {entry.label}
          </li>
        ))}
      </ul>
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width={chart.width}
        height={chart.height}
        role="group"
        aria-label={`${chart.title}: a bar per year, each a link to that year's events`}
      >
        <g className="axis" aria-hidden="true">
          <line
            x1={chart.plot.left}
            x2={chart.plot.right}
            y1={chart.plot.bottom}
            y2={chart.plot.bottom}
          />
          {chart.ticks.map((tick) => (
            <text key={`y${tick.value}`} x={chart.plot.left - 6} y={tick.y + 4} textAnchor="end">
              {tick.value}
            </text>
          ))}
          {chart.yearLabels.map((label) => (
            <text key={`x${label.year}`} x={label.x} y={chart.plot.bottom + 16} textAnchor="middle">
              {label.year}
            </text>
          ))}
        </g>
        {chart.bars.map((bar) => (
          <a key={bar.year} href={bar.href} aria-label={bar.label}>
            <rect
              x={bar.x}
              y={chart.plot.top}
              width={bar.width}
              height={chart.plot.bottom - chart.plot.top}
              fill="transparent"
            />
            {bar.segments.map((segment) => (
              <rect
                key={segment.type}
                x={bar.x}
                y={segment.y}
                width={bar.width}
                height={segment.height}
                fill={segment.colour}
              />
            ))}
          </a>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>{chart.title}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {chart.legend.map((entry) => (
              <th key={entry.type} scope="col">
                {entry.label}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {chart.bars.map((bar) => (
            <tr key={bar.year}>
              <th scope="row">{bar.year}</th>
              {chart.legend.map((entry) => (
                <td key={entry.type}>{bar.counts[entry.type] ?? 0}</td>
              ))}
              <td>{bar.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
