import type { Access } from 'payload'

import { hasRole } from './roles'

export const reviewerOrAdmin: Access = ({ req: { user } }) => hasRole(user, 'reviewer', 'admin')
