import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PlacePage } from '@/components/maps/PlacePage'
import { getPlaceView } from '@/lib/view/place'

type Props = { params: Promise<{ country: string; region: string }> }

// Rendered on first request and kept until a publish revalidates it.
export const dynamicParams = true

export async function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { country, region } = await params
  const view = await getPlaceView(country, region)
  if (!view) return {}
  return {
    title: `Events in ${view.name}`,
    description: `The ${view.totalEvents} events Annals covers in ${view.name}, over time and on a map.`,
    alternates: { canonical: view.href },
  }
}

export default async function RegionPage({ params }: Props) {
  const { country, region } = await params
  const view = await getPlaceView(country, region)
  if (!view) notFound()
  return <PlacePage view={view} />
}
