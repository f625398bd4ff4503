import type { PayloadRequest } from 'payload'

import type { AuditAction } from './states'

export type AuditEntry = {
  action: AuditAction
  targetCollection: string
  targetId: number | string
  targetTitle?: string | null
  comment?: string | null
}

/**
 * Appends to the audit log. Only server code writes it (`overrideAccess`, inside the
 * request's transaction): its access rules refuse every create, update and delete from
 * outside.
 */
export async function writeAudit(req: PayloadRequest, entry: AuditEntry) {
  const { user } = req
  await req.payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    req,
    data: {
      ...entry,
      targetId: String(entry.targetId),
      actor: user?.id ?? null,
      actorName: (user as { name?: string } | null)?.name ?? 'Annals',
    },
  })
}
