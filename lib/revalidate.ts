import { revalidatePath } from 'next/cache'
import type { RequestContext } from 'payload'

/**
 * Purges reader pages after content changes. Seeds, migrations and tests run Payload outside
 * a Next.js server, where `revalidatePath` throws, so they skip it (or set
 * `context.disableRevalidate`).
 */
export const revalidatePaths = (paths: Iterable<string>, context: RequestContext) => {
  if (context.disableRevalidate || !process.env.NEXT_RUNTIME) return
  for (const path of new Set(paths)) revalidatePath(path)
}
