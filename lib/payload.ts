import config from '@payload-config'
import { getPayload } from 'payload'

/** The Local API, for server components and route handlers of the reader site. */
export const getPayloadClient = () => getPayload({ config })
