import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  Locked,
  type PayloadRequest,
} from 'payload'

const LOCKS = 'payload-locked-documents'
const DEFAULT_LOCK_SECONDS = 300

const checkKey = (collection: string) => `locks:check:${collection}`

/**
 * Refuses a write to a document another user holds open in the admin (Payload's document
 * locking), reading the lock through the write's own transaction.
 */
async function assertNotLocked(
  req: PayloadRequest,
  collection: CollectionConfig,
  id: number | string,
  verb: string,
) {
  const setting = collection.lockDocuments
  if (setting === false) return
  const seconds = typeof setting === 'object' ? setting.duration : DEFAULT_LOCK_SECONDS
  const { docs } = await req.payload.db.find<{
    updatedAt: string
    user?: { value?: unknown } | null
  }>({
    collection: LOCKS,
    limit: 1,
    pagination: false,
    sort: '-updatedAt',
    where: {
      and: [
        { 'document.relationTo': { equals: collection.slug } },
        { 'document.value': { equals: id } },
      ],
    },
    req,
  })
  const lock = docs[0]
  if (!lock) return
  const holder =
    typeof lock.user?.value === 'object'
      ? (lock.user.value as { id?: unknown })?.id
      : lock.user?.value
  const fresh = Date.now() - new Date(lock.updatedAt).getTime() <= seconds * 1000
  if (fresh && String(holder) !== String(req.user?.id)) {
    throw new Locked(`This document is open in someone else's editor and cannot be ${verb} now.`)
  }
}

/**
 * Payload's own lock check (REST and GraphQL writes, `overrideLock: false`) queries the locks
 * through the pool instead of the write's transaction: each save then holds one connection
 * and waits for a second, and a burst of saves as large as the pool waits forever with every
 * connection "idle in transaction". This takes the check over: Payload is told to skip it
 * (`overrideLock: true`, it still clears the lock through the transaction) and the same rule
 * runs in `beforeChange` / `beforeDelete` on the request's own connection.
 */
const takeOverLockCheck: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const options = args as { overrideLock?: boolean }
  if (options.overrideLock !== false) return args
  options.overrideLock = true
  req.context[checkKey(collection.slug)] = true
  return args
}

const lockBeforeChange: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && req.context[checkKey(collection.slug)] && originalDoc?.id) {
    await assertNotLocked(req, collection, originalDoc.id, 'changed')
  }
  return data
}

const lockBeforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (req.context[checkKey(collection.slug)]) await assertNotLocked(req, collection, id, 'deleted')
}

/** Adds the transaction-safe lock check to a collection (see `takeOverLockCheck`). */
export const withTransactionSafeLocks = <T extends CollectionConfig>(collection: T): T => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [takeOverLockCheck, ...(collection.hooks?.beforeOperation ?? [])],
    beforeChange: [lockBeforeChange, ...(collection.hooks?.beforeChange ?? [])],
    beforeDelete: [lockBeforeDelete, ...(collection.hooks?.beforeDelete ?? [])],
  },
})
