import type { PayloadRequest, TaskConfig } from 'payload'

import { checkLink, forEachPolitely, linkCheckUserAgent, type LinkResult } from './linkCheck'

/** Failed checks in a row before a link counts as dead: one failure may be a bad moment. */
export const DEAD_AFTER_FAILURES = 3
/** Checks kept per reference. */
const HISTORY_LENGTH = 30

export type CheckLinksInput = {
  timeoutMs?: null | number
  delayMs?: null | number
  /** Only these references (e.g. one just saved); all published references when empty. */
  referenceIds?: null | number[]
}

type Target = { referenceId: number; url: string }

const nextStatus = (result: LinkResult, failures: number): 'live' | 'failing' | 'dead' =>
  result.outcome === 'ok' ? 'live' : failures >= DEAD_AFTER_FAILURES ? 'dead' : 'failing'

/**
 * Checks the URL of every published reference and records the result in `link-checks`
 * (never in the reference itself: see collections/LinkChecks.ts). Only published URLs are
 * checked, so a draft's URL is never fetched nor shown on a reference page.
 */
export async function checkReferenceLinks({
  req,
  timeoutMs = 10_000,
  delayMs = 2_000,
  referenceIds,
}: {
  req: PayloadRequest
  timeoutMs?: number
  delayMs?: number
  referenceIds?: number[]
}) {
  const { payload } = req
  const { docs } = await payload.find({
    collection: 'references',
    where: {
      and: [
        { url: { exists: true } },
        ...(referenceIds?.length ? [{ id: { in: referenceIds } }] : []),
      ],
    },
    select: { url: true },
    draft: false,
    pagination: false,
    depth: 0,
    req,
  })
  const targets: Target[] = docs.flatMap((doc) =>
    doc.url ? [{ referenceId: doc.id, url: doc.url }] : [],
  )
  const { docs: previous } = await payload.find({
    collection: 'link-checks',
    where: { reference: { in: targets.map((target) => target.referenceId) } },
    pagination: false,
    depth: 0,
    req,
  })
  const previousOf = new Map(previous.map((check) => [check.reference as number, check]))
  const userAgent = linkCheckUserAgent()
  const counts = { live: 0, failing: 0, dead: 0 }

  await forEachPolitely({
    items: targets,
    urlOf: (target) => target.url,
    delayMs,
    hostsAtOnce: 4,
    visit: async ({ referenceId, url }) => {
      const result = await checkLink(url, { timeoutMs, userAgent })
      const before = previousOf.get(referenceId)
      // A new URL starts a new count: the old URL's failures say nothing about it.
      const priorFailures = before && before.url === url ? before.consecutiveFailures : 0
      const failures = result.outcome === 'ok' ? 0 : priorFailures + 1
      const status = nextStatus(result, failures)
      counts[status]++
      const checkedAt = new Date().toISOString()
      const entry = { checkedAt, url, statusCode: result.statusCode, outcome: result.outcome }
      const data = {
        url,
        status,
        consecutiveFailures: failures,
        lastCheckedAt: checkedAt,
        history: [...(before?.history ?? []), entry]
          .slice(-HISTORY_LENGTH)
          .map(({ checkedAt, url, statusCode, outcome }) => ({
            checkedAt,
            url,
            statusCode,
            outcome,
          })),
      }
      if (before) {
        await payload.update({ collection: 'link-checks', id: before.id, data, depth: 0, req })
      } else {
        await payload.create({
          collection: 'link-checks',
          data: { ...data, reference: referenceId },
          depth: 0,
          req,
        })
      }
    },
  })
  return { checked: targets.length, ...counts }
}

/**
 * The daily link check as a jobs-queue task: scheduled at 04:00 on the `link-checks` queue,
 * run by whichever process runs the queue (see payload.config.ts `jobs`).
 */
export const checkLinksTask: TaskConfig<{
  input: CheckLinksInput
  output: { checked: number; live: number; failing: number; dead: number }
}> = {
  slug: 'checkLinks',
  label: 'Check reference links',
  inputSchema: [
    { name: 'timeoutMs', type: 'number' },
    { name: 'delayMs', type: 'number' },
    { name: 'referenceIds', type: 'number', hasMany: true },
  ],
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'live', type: 'number' },
    { name: 'failing', type: 'number' },
    { name: 'dead', type: 'number' },
  ],
  schedule: [{ cron: '0 0 4 * * *', queue: 'link-checks' }],
  retries: 0,
  handler: async ({ input, req }) => ({
    output: await checkReferenceLinks({
      req,
      timeoutMs: input.timeoutMs ?? undefined,
      delayMs: input.delayMs ?? undefined,
      referenceIds: input.referenceIds ?? undefined,
    }),
  }),
}
