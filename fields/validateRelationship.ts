import type { Field, RelationshipFieldValidation, Validate } from 'payload'
import { relationship as payloadRelationshipValidation } from 'payload/shared'

const idsOf = (value: unknown): unknown[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => (typeof item === 'object' && item !== null && 'id' in item ? item.id : item))
    .filter((item) => item !== null && item !== undefined && item !== '')

/**
 * A relationship must point at a document that exists. Payload checks only the id's shape
 * unless the field has filterOptions, and the database's foreign key then fails the save
 * with a 500; this names the field instead.
 */
const existingRelationship = (
  relationTo: string,
  ownValidate: Validate | undefined,
): RelationshipFieldValidation =>
  (async (value: unknown, options: Parameters<RelationshipFieldValidation>[1]) => {
    const basic = await (ownValidate ?? payloadRelationshipValidation)(
      value as never,
      options as never,
    )
    if (basic !== true || options.event === 'onChange') return basic
    const ids = [...new Set(idsOf(value))]
    if (!ids.length) return true
    if (ids.some((id) => !Number.isSafeInteger(Number(id)))) {
      return `Not a document id: ${ids.map(String).join(', ').slice(0, 80)}.`
    }
    const { docs } = await options.req.payload.find({
      collection: relationTo as 'articles',
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      select: {},
      overrideAccess: true,
      req: options.req,
    })
    const found = new Set(docs.map((doc) => String(doc.id)))
    const missing = ids.filter((id) => !found.has(String(id)))
    return missing.length === 0 || `No ${relationTo} with the id ${missing.join(', ')}.`
  }) as RelationshipFieldValidation

/** The fields with every single-collection relationship and upload checked for existence. */
export const withExistingRelationships = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      return {
        ...field,
        validate: existingRelationship(field.relationTo, field.validate as Validate),
      } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withExistingRelationships(tab.fields) })),
      }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({
          ...block,
          fields: withExistingRelationships(block.fields),
        })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withExistingRelationships(field.fields) } as Field
    }
    return field
  })
