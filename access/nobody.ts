import type { Access } from 'payload'

/** No one, through any API: what only server code may write (`overrideAccess`). */
export const nobody: Access = () => false
