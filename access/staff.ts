import type { Access } from 'payload'

import { hasRole } from './roles'

/** Any signed-in member of the editorial team. */
export const staff: Access = ({ req: { user } }) => hasRole(user, 'editor', 'reviewer', 'admin')
