import type { FigureHistory as FigureHistoryData } from '@/lib/view/figureHistory'

const WIDTH = 560
const HEIGHT = 240
const MARGIN = { top: 16, right: 20, bottom: 56, left: 56 }
/** Colour and dash together, so lines stay apart for readers who do not see the colours. */
const STROKES = [
  { color: '#1a4f8b', dash: '' },
  { color: '#a4321b', dash: '6 3' },
  { color: '#2f6b2f', dash: '2 3' },
  { color: '#6b3f8b', dash: '10 3 2 3' },
]
const DAY = 86_400_000

const niceMax = (value: number) => {
  if (value <= 0) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value)!
  return step * power
}

/** A small line chart of one kind of figure, one line per source; the table beside it is its text. */
function Chart({ history, titleId }: { history: FigureHistoryData; titleId: string }) {
  const points = history.series.flatMap((line) => line.points)
  const times = points.map((point) => Date.parse(point.isoDate))
  const first = Math.min(...times)
  const last = Math.max(...times)
  const span = Math.max(last - first, DAY)
  const top = niceMax(Math.max(...points.map((point) => point.high)))
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const x = (iso: string) => MARGIN.left + ((Date.parse(iso) - first) / span) * plotWidth
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => Math.round(share * top))
  const firstPoint = points.find((point) => Date.parse(point.isoDate) === first)!
  const lastPoint = points.find((point) => Date.parse(point.isoDate) === last)!
  const description = history.series
    .map(
      (line) =>
        `${line.source}: ${line.points.map((point) => `${point.valueText} on ${point.dateText}`).join(', ')}`,
    )
    .join('; ')
  return (
    <svg
      className="figure-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId}-title ${titleId}-desc`}
    >
      <title id={`${titleId}-title`}>{`${history.label} over time, by source`}</title>
      <desc id={`${titleId}-desc`}>{description}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={MARGIN.left}
            x2={WIDTH - MARGIN.right}
            y1={y(tick)}
            y2={y(tick)}
            className="chart-grid"
          />
          <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className="chart-label">
            {tick.toLocaleString('en-GB')}
          </text>
        </g>
      ))}
      <text x={MARGIN.left} y={HEIGHT - MARGIN.bottom + 18} className="chart-label">
        {firstPoint.dateText}
      </text>
      {last > first ? (
        <text
          x={WIDTH - MARGIN.right}
          y={HEIGHT - MARGIN.bottom + 18}
          textAnchor="end"
          className="chart-label"
        >
          {lastPoint.dateText}
        </text>
      ) : null}
      {history.series.map((line, index) => {
        const stroke = STROKES[index % STROKES.length]
        return (
          <g key={line.source}>
            <polyline
              fill="none"
              stroke={stroke.color}
              strokeWidth={2}
              strokeDasharray={stroke.dash || undefined}
              points={line.points.map((point) => `${x(point.isoDate)},${y(point.y)}`).join(' ')}
            />
            {line.points.map((point) => (
              <g key={point.key}>
                {point.high > point.low ? (
                  <line
                    x1={x(point.isoDate)}
                    x2={x(point.isoDate)}
                    y1={y(point.low)}
                    y2={y(point.high)}
                    stroke={stroke.color}
                    strokeWidth={2}
                  />
                ) : null}
                <circle cx={x(point.isoDate)} cy={y(point.y)} r={3.5} fill={stroke.color} />
              </g>
            ))}
            <line
              x1={MARGIN.left + index * 170}
              x2={MARGIN.left + index * 170 + 24}
              y1={HEIGHT - 14}
              y2={HEIGHT - 14}
              stroke={stroke.color}
              strokeWidth={2}
              strokeDasharray={stroke.dash || undefined}
            />
            <text x={MARGIN.left + index * 170 + 30} y={HEIGHT - 10} className="chart-label">
              {line.source}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** How each source's figures changed over time: a table, and a chart drawn on the server. */
export function FigureHistory({ histories }: { histories: FigureHistoryData[] }) {
  return histories.map((history) => {
    const id = `figures-over-time-${history.kind}`
    return (
      <figure key={history.kind} className="figure-history" aria-labelledby={`${id}-caption`}>
        <figcaption id={`${id}-caption`}>{history.label} over time, by source</figcaption>
        <Chart history={history} titleId={id} />
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{history.label} by source and date</caption>
            <thead>
              <tr>
                <th scope="col">According to</th>
                <th scope="col">As of</th>
                <th scope="col">{history.label}</th>
              </tr>
            </thead>
            <tbody>
              {history.series.flatMap((line) =>
                line.points.map((point) => (
                  <tr key={point.key}>
                    <th scope="row">{line.source}</th>
                    <td>
                      <time dateTime={point.isoDate}>{point.dateText}</time>
                    </td>
                    <td>{point.valueText}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </figure>
    )
  })
}
