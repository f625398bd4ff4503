import type { Access } from 'payload'

import { isReviewer } from './roles'

export const reviewerOrAdmin: Access = ({ req: { user } }) => isReviewer(user)
