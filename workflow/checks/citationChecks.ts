/**
 * The citation checks a reviewer sees before approving a revision of an article, an event or
 * a reaction (docs/architecture.md), and that `enforceCitationChecks` applies on every door.
 * Pure: it is given the revision and the references it cites, and returns the checklist.
 */

import {
  citedReferenceIds,
  isCitationNode,
  type LexicalNode,
  rootOf,
  walkLexical,
} from '@/lib/lexical'
import { numericIdOf } from '@/lib/relationId'

export const CITATION_CHECKED_COLLECTIONS = ['articles', 'events', 'reactions'] as const

export type CitationCheckedCollection = (typeof CITATION_CHECKED_COLLECTIONS)[number]

export const isCitationChecked = (slug: string): slug is CitationCheckedCollection =>
  (CITATION_CHECKED_COLLECTIONS as readonly string[]).includes(slug)

export type Severity = 'blocking' | 'warning'

/**
 * Which rules block. An unsourced infobox figure or perpetrator is a claim readers see with
 * no way to check it, so it cannot go live; so is a citation of a reference readers cannot
 * see (never published, unpublished since, or deleted): the page would show a claim whose
 * source is missing. The rest warn: an uncited paragraph may be
 * common knowledge, a link may die long after approval (blocking would hold up unrelated
 * edits), and the fix for a duplicate or an incomplete reference lies in another document.
 */
export const CITATION_RULES = [
  {
    id: 'figure-unreferenced',
    label: 'Every infobox figure cites a reference',
    severity: 'blocking',
    appliesTo: ['events'],
  },
  {
    id: 'perpetrator-unreferenced',
    label: 'Every perpetrator cites a reference',
    severity: 'blocking',
    appliesTo: ['events'],
  },
  {
    id: 'reference-unpublished',
    label: 'Every cited reference is published',
    severity: 'blocking',
    appliesTo: ['articles', 'reactions'],
  },
  {
    id: 'figure-contradiction',
    label: 'A figure that differs from the preferred one says why (note)',
    severity: 'warning',
    appliesTo: ['events'],
  },
  {
    id: 'paragraph-uncited',
    label: 'Every paragraph cites a source',
    severity: 'warning',
    appliesTo: ['articles'],
  },
  {
    id: 'reference-incomplete',
    label: 'Every cited reference has a date and a work',
    severity: 'warning',
    appliesTo: ['articles', 'events', 'reactions'],
  },
  {
    id: 'dead-link',
    label: 'Every dead link has an archive copy',
    severity: 'warning',
    appliesTo: ['articles', 'events', 'reactions'],
  },
  {
    id: 'duplicate-reference',
    label: 'No source is cited under two references',
    severity: 'warning',
    appliesTo: ['articles', 'events'],
  },
] as const satisfies readonly {
  id: string
  label: string
  severity: Severity
  appliesTo: readonly CitationCheckedCollection[]
}[]

export type CitationRuleId = (typeof CITATION_RULES)[number]['id']

export type CitationProblem = {
  rule: CitationRuleId
  severity: Severity
  /** A sentence naming the problem, as the reviewer reads it. */
  message: string
  /** The field it is about, when there is one ("figures.0.reference"). */
  path?: string
}

export type CitationChecklist = {
  /** True when no blocking rule fails: the revision may be approved. */
  passed: boolean
  rules: {
    id: CitationRuleId
    label: string
    severity: Severity
    problems: CitationProblem[]
  }[]
  problems: CitationProblem[]
}

/** A cited reference as the checks need it (the published revision readers will see). */
export type CheckedReference = {
  id: number
  title?: null | string
  work?: null | string
  date?: null | string
  url?: null | string
  normalizedUrl?: null | string
  archiveUrl?: null | string
  urlStatus?: null | string
  /** What the link checker last concluded (collections/LinkChecks.ts), if it has run. */
  linkStatus?: null | string
}

type Relation = null | number | string | { id: number | string } | undefined

type FigureRow = {
  kind?: null | string
  value?: null | number
  min?: null | number
  max?: null | number
  claimedBy?: null | string
  reference?: Relation
  preferred?: null | boolean
  note?: null | string
}

type PerpetratorRow = { party?: null | string; reference?: Relation }

/** A reference that exists but readers cannot see (not published): named, never checked. */
export type UnseenReference = Pick<CheckedReference, 'id' | 'title' | 'work'>

/** The parts of an article, event or reaction revision the checks read. */
export type CheckedRevision = {
  body?: unknown
  furtherReferences?: Relation[] | null
  figures?: FigureRow[] | null
  perpetrators?: PerpetratorRow[] | null
  /** A reaction's source. */
  reference?: Relation
}

const textOf = (node: LexicalNode) => {
  let text = ''
  walkLexical(node, (child) => {
    if (typeof child.text === 'string') text += child.text
  })
  return text.trim()
}

/** The paragraphs of a body (list items count as paragraphs), with whether each cites. */
const paragraphsOf = (body: unknown) => {
  const root = rootOf(body)
  const found: { text: string; cites: boolean }[] = []
  if (!root) return found
  walkLexical(root, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'listitem') return
    let cites = false
    walkLexical(node, (child) => {
      if (isCitationNode(child)) cites = true
    })
    const text = textOf(node)
    if (text) found.push({ text, cites })
  })
  return found
}

/** Every reference a revision cites: body, further references, figures, perpetrators, source. */
export const citedReferenceIdsOf = (revision: CheckedRevision): number[] => [
  ...new Set(
    [
      ...citedReferenceIds(revision.body),
      ...(revision.furtherReferences ?? []).map(numericIdOf),
      numericIdOf(revision.reference),
      ...(revision.figures ?? []).map((row) => numericIdOf(row.reference)),
      ...(revision.perpetrators ?? []).map((row) => numericIdOf(row.reference)),
    ].filter((id): id is number => id !== undefined),
  ),
]

const excerpt = (text: string) => {
  const words = text.split(/\s+/)
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text
}

const describeReference = (reference: CheckedReference) =>
  `"${reference.title || `Reference ${reference.id}`}"${reference.work ? ` (${reference.work})` : ''}`

const figureAmount = (row: FigureRow) =>
  typeof row.value === 'number' ? String(row.value) : `${row.min ?? '?'}–${row.max ?? '?'}`

const describeFigure = (row: FigureRow, index: number) =>
  `Figure ${index + 1} (${row.kind ?? 'figure'}: ${figureAmount(row)}${row.claimedBy ? `, according to ${row.claimedBy}` : ''})`

const sameAmount = (a: FigureRow, b: FigureRow) =>
  typeof a.value === 'number' || typeof b.value === 'number'
    ? a.value === b.value
    : a.min === b.min && a.max === b.max

/** Identifies a source whatever reference it is filed under: its URL, else its title, work and date. */
const sourceKey = (reference: CheckedReference) =>
  reference.normalizedUrl ||
  [reference.title, reference.work, reference.date?.slice(0, 10)]
    .map((part) => (part ?? '').trim().toLowerCase().replace(/\s+/g, ' '))
    .join('|')

const isDead = (reference: CheckedReference) =>
  Boolean(reference.url) && (reference.urlStatus === 'dead' || reference.linkStatus === 'dead')

const ruleSeverity = (rule: CitationRuleId): Severity =>
  CITATION_RULES.find((candidate) => candidate.id === rule)!.severity

/** Runs every rule that applies to the collection over the revision. */
export function checkCitations({
  collection,
  revision,
  references,
  unseen = [],
}: {
  collection: CitationCheckedCollection
  revision: CheckedRevision
  /** The published references the revision cites; ids missing here readers cannot see. */
  references: CheckedReference[]
  /** Cited references that exist unpublished (to name them); any other missing id is deleted. */
  unseen?: UnseenReference[]
}): CitationChecklist {
  const problems: CitationProblem[] = []
  const report = (rule: CitationRuleId, message: string, path?: string) =>
    problems.push({ rule, severity: ruleSeverity(rule), message, ...(path ? { path } : {}) })

  const published = new Set(references.map((reference) => reference.id))
  // Readers never see an unpublished reference, so citing one leaves the claim unsourced.
  const unsourced = (reference: Relation) => {
    const id = numericIdOf(reference)
    if (id === undefined) return 'cites no reference'
    return published.has(id) ? undefined : `cites reference ${id}, which is not published`
  }

  if (collection === 'events') {
    const figures = revision.figures ?? []
    figures.forEach((row, index) => {
      const problem = unsourced(row.reference)
      if (problem) {
        report(
          'figure-unreferenced',
          `${describeFigure(row, index)} ${problem}.`,
          `figures.${index}.reference`,
        )
      }
    })
    ;(revision.perpetrators ?? []).forEach((row, index) => {
      const problem = unsourced(row.reference)
      if (problem) {
        report(
          'perpetrator-unreferenced',
          `Perpetrator ${index + 1} (${row.party || 'unnamed'}) ${problem}.`,
          `perpetrators.${index}.reference`,
        )
      }
    })
    figures.forEach((row, index) => {
      const preferred = figures.find((other) => other.preferred && other.kind === row.kind)
      if (!preferred || preferred === row || sameAmount(preferred, row) || row.note?.trim()) return
      report(
        'figure-contradiction',
        `${describeFigure(row, index)} differs from the preferred ${row.kind} figure (${figureAmount(preferred)}) and has no note saying why.`,
        `figures.${index}.note`,
      )
    })
  }

  const unseenById = new Map(unseen.map((reference) => [reference.id, reference]))
  /** Why readers cannot see a cited reference, or `undefined` when they can. */
  const hidden = (id: number) => {
    if (published.has(id)) return undefined
    const draft = unseenById.get(id)
    return draft
      ? `${describeReference(draft)}, reference ${id}, which readers cannot see: it is not published.`
      : `reference ${id}, which readers cannot see: it does not exist.`
  }

  if (collection === 'articles') {
    for (const id of citedReferenceIds(revision.body)) {
      const problem = hidden(id)
      if (problem) report('reference-unpublished', `The body cites ${problem}`, 'body')
    }
    ;(revision.furtherReferences ?? []).forEach((relation, index) => {
      const id = numericIdOf(relation)
      const problem = id === undefined ? undefined : hidden(id)
      if (problem) {
        report(
          'reference-unpublished',
          `Further reference ${index + 1} is ${problem}`,
          `furtherReferences.${index}`,
        )
      }
    })
  }

  if (collection === 'reactions') {
    const id = numericIdOf(revision.reference)
    const problem = id === undefined ? undefined : hidden(id)
    if (problem) report('reference-unpublished', `The reaction cites ${problem}`, 'reference')
  }

  if (collection === 'articles') {
    paragraphsOf(revision.body).forEach((paragraph, index) => {
      if (!paragraph.cites) {
        report(
          'paragraph-uncited',
          `Paragraph ${index + 1} ("${excerpt(paragraph.text)}") has no citation.`,
          'body',
        )
      }
    })
  }

  const cited = new Set(citedReferenceIdsOf(revision))
  const used = references.filter((reference) => cited.has(reference.id))
  for (const reference of used) {
    const missing = [!reference.date && 'a date', !reference.work && 'a work'].filter(Boolean)
    if (missing.length) {
      report(
        'reference-incomplete',
        `Reference ${describeReference(reference)} has no ${missing.join(' and no ')}.`,
      )
    }
    if (isDead(reference) && !reference.archiveUrl) {
      report(
        'dead-link',
        `Reference ${describeReference(reference)} links to a dead URL (${reference.url}) and has no archive copy.`,
      )
    }
  }
  const bySource = new Map<string, CheckedReference[]>()
  for (const reference of used) {
    const key = sourceKey(reference)
    bySource.set(key, [...(bySource.get(key) ?? []), reference])
  }
  for (const group of bySource.values()) {
    if (group.length < 2) continue
    report(
      'duplicate-reference',
      `References ${group.map(describeReference).join(' and ')} are the same source: cite one of them.`,
    )
  }

  const rules = CITATION_RULES.filter((rule) =>
    (rule.appliesTo as readonly string[]).includes(collection),
  ).map((rule) => ({
    id: rule.id,
    label: rule.label,
    severity: rule.severity,
    problems: problems.filter((problem) => problem.rule === rule.id),
  }))
  return {
    passed: !problems.some((problem) => problem.severity === 'blocking'),
    rules,
    problems,
  }
}

/** The refusal a blocked approval carries: every blocking problem, named. */
export const blockingMessage = (checklist: CitationChecklist) => {
  const blocking = checklist.problems.filter((problem) => problem.severity === 'blocking')
  return `Citation checks block this approval: ${blocking.map((problem) => problem.message).join(' ')} Fix these in a new revision and submit it for review.`
}
