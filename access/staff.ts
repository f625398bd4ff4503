import type { Access } from 'payload'

import { isStaff } from './roles'

/** Any signed-in member of the editorial team. */
export const staff: Access = ({ req: { user } }) => isStaff(user)
