import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '@/payload-types'
import { writeAudit } from '@/workflow/audit'

/** Every change of someone's roles goes to the audit log, with the roles before and after. */
export const auditRoleChange: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || !req.user) return doc
  const before = [...(previousDoc?.roles ?? [])].sort().join(', ')
  const after = [...(doc.roles ?? [])].sort().join(', ')
  if (before === after) return doc
  await writeAudit(req, {
    action: 'role_change',
    targetCollection: 'users',
    targetId: doc.id,
    targetTitle: doc.name,
    comment: `${before || 'none'} → ${after || 'none'}`,
  })
  return doc
}
