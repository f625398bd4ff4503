import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkCitations } from '@/workflow/checks/citationChecks'
import { runCitationChecks } from '@/workflow/checks/loadCitationChecks'

import { demoUser, getTestPayload } from './helpers/payload'
import { graphql, login, rest } from './helpers/rest'

type User = Awaited<ReturnType<typeof demoUser>>

const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const text = (value: string) => ({ type: 'text', text: value })
const cite = (reference: number) => ({
  type: 'inlineBlock',
  fields: { blockType: 'citation', reference },
})
const body = (...paragraphs: unknown[]) => ({ root: { type: 'root', children: paragraphs } })

const reference = { id: 1, title: 'A report', work: 'A paper', date: '2013-09-01' }

const rulesFailing = (checklist: ReturnType<typeof checkCitations>) =>
  checklist.problems.map((problem) => `${problem.rule}:${problem.severity}`)

describe('the citation checks (pure rules)', () => {
  it('should block a figure that cites no reference, naming it', () => {
    const checklist = checkCitations({
      collection: 'events',
      revision: { figures: [{ kind: 'deaths', value: 40, claimedBy: 'Someone' }] },
      references: [],
    })
    expect({
      passed: checklist.passed,
      messages: checklist.problems.map((p) => p.message),
    }).toEqual({
      passed: false,
      messages: ['Figure 1 (deaths: 40, according to Someone) cites no reference.'],
    })
  })

  it('should block a perpetrator that cites an unpublished reference', () => {
    const checklist = checkCitations({
      collection: 'events',
      revision: { perpetrators: [{ party: 'A militia', reference: 99 }] },
      references: [reference],
    })
    expect(checklist.problems.map((problem) => problem.message)).toEqual([
      'Perpetrator 1 (A militia) cites reference 99, which is not published.',
    ])
  })

  it('should warn about a figure that contradicts the preferred one without a note', () => {
    const checklist = checkCitations({
      collection: 'events',
      revision: {
        figures: [
          { kind: 'deaths', value: 3, claimedBy: 'A', reference: 1, preferred: true },
          { kind: 'deaths', value: 34, claimedBy: 'B', reference: 1 },
          { kind: 'deaths', value: 30, claimedBy: 'C', reference: 1, note: 'Counted earlier' },
        ],
      },
      references: [reference],
    })
    expect(rulesFailing(checklist)).toEqual(['figure-contradiction:warning'])
  })

  it('should warn about a paragraph without a citation and pass one with', () => {
    const checklist = checkCitations({
      collection: 'articles',
      revision: {
        body: body(paragraph(text('Sourced.'), cite(1)), paragraph(text('Unsourced claim.'))),
      },
      references: [reference],
    })
    expect(checklist.problems).toEqual([
      {
        rule: 'paragraph-uncited',
        severity: 'warning',
        message: 'Paragraph 2 ("Unsourced claim.") has no citation.',
        path: 'body',
      },
    ])
  })

  it('should warn about references without a date or work, dead links and duplicates', () => {
    const checklist = checkCitations({
      collection: 'articles',
      revision: { body: body(paragraph(text('Claim.'), cite(1), cite(2), cite(3))) },
      references: [
        { id: 1, title: 'Same story', work: 'Paper', date: '2013-09-01' },
        { id: 2, title: 'Same story', work: 'Paper', date: '2013-09-01T12:00:00.000Z' },
        { id: 3, title: 'Gone', url: 'https://example.org/gone', urlStatus: 'dead' },
      ],
    })
    expect({ passed: checklist.passed, failing: rulesFailing(checklist) }).toEqual({
      passed: true,
      failing: ['reference-incomplete:warning', 'dead-link:warning', 'duplicate-reference:warning'],
    })
  })

  it('should count a link the checker found dead as dead', () => {
    const checklist = checkCitations({
      collection: 'articles',
      revision: { body: body(paragraph(text('Claim.'), cite(1))) },
      references: [{ ...reference, url: 'https://example.org/x', linkStatus: 'dead' }],
    })
    expect(rulesFailing(checklist)).toEqual(['dead-link:warning'])
  })
})

describe('the citation checks at approval', () => {
  let payload: Payload
  let editor: User
  let referenceId: number
  const events: number[] = []

  /** A published event with one referenced figure, and an editor's revision adding `figure`. */
  const submittedEvent = async (figure: Record<string, unknown>) => {
    const n = `${process.pid}-${events.length}-${Date.now()}`
    const event = await payload.create({
      collection: 'events',
      depth: 0,
      data: {
        name: `Citation check event ${n}`,
        slug: `citation-check-event-${n}`,
        type: 'attack',
        startDate: '2013-09-01T12:00:00.000Z',
        datePrecision: 'day',
        figures: [{ kind: 'deaths', value: 52, claimedBy: 'A paper', reference: referenceId }],
        changeSummary: 'First version',
        _status: 'published',
      },
    })
    events.push(event.id)
    const figures = [
      { kind: 'deaths', value: 52, claimedBy: 'A paper', reference: referenceId },
      figure,
    ]
    const revision = await payload.update({
      collection: 'events',
      id: event.id,
      draft: true,
      overrideAccess: false,
      user: editor,
      depth: 0,
      data: {
        figures: figures as never,
        changeSummary: 'Add a figure',
        workflowState: 'in_review',
      },
    })
    // Approvals name the revision the reviewer saw.
    return { id: event.id, updatedAt: revision.updatedAt }
  }

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await demoUser(payload, 'editor')
    const { docs } = await payload.find({ collection: 'references', limit: 1, sort: 'id' })
    referenceId = docs[0].id
  })

  afterAll(async () => {
    if (!events.length) return
    await payload.delete({ collection: 'events', where: { id: { in: events } } })
    await payload.delete({
      collection: 'audit-log',
      where: {
        and: [{ targetCollection: { equals: 'events' } }, { targetId: { in: events.map(String) } }],
      },
    })
  })

  it('should refuse through REST the approval of an event whose figure cites no reference', async () => {
    const { id, updatedAt } = await submittedEvent({
      kind: 'missing',
      value: 7,
      claimedBy: 'U.S. officials',
    })
    const response = await rest({
      method: 'PATCH',
      path: `/events/${id}`,
      body: { _status: 'published', updatedAt },
      token: await login('reviewer'),
    })
    expect({ status: response.status, message: response.body.errors?.[0]?.message }).toEqual({
      status: 400,
      message:
        'Citation checks block this approval: Figure 2 (missing: 7, according to U.S. officials) cites no reference. Fix these in a new revision and submit it for review.',
    })
  })

  it('should leave readers the published revision when the approval is refused', async () => {
    const { id, updatedAt } = await submittedEvent({
      kind: 'missing',
      value: 7,
      claimedBy: 'U.S. officials',
    })
    await rest({
      method: 'PATCH',
      path: `/events/${id}`,
      body: { _status: 'published', updatedAt },
      token: await login('reviewer'),
    })
    const published = await payload.findByID({ collection: 'events', id, depth: 0 })
    expect(published.figures?.map((figure) => figure.kind)).toEqual(['deaths'])
  })

  it('should refuse through GraphQL the approval of an event whose figure cites no reference', async () => {
    const { id, updatedAt } = await submittedEvent({
      kind: 'missing',
      value: 7,
      claimedBy: 'U.S. officials',
    })
    const { body } = await graphql({
      query: `mutation ($id: Int!, $updatedAt: String) { updateEvent(id: $id, data: { _status: published, updatedAt: $updatedAt }) { id } }`,
      variables: { id, updatedAt },
      token: await login('reviewer'),
    })
    expect(body.errors?.[0]?.message).toContain(
      'Figure 2 (missing: 7, according to U.S. officials) cites no reference.',
    )
  })

  it('should refuse through the Local API on a reviewer’s behalf the same approval', async () => {
    const { id, updatedAt } = await submittedEvent({
      kind: 'missing',
      value: 7,
      claimedBy: 'U.S. officials',
    })
    const reviewer = await demoUser(payload, 'reviewer')
    await expect(
      payload.update({
        collection: 'events',
        id,
        overrideAccess: false,
        user: reviewer,
        data: { _status: 'published', updatedAt },
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('should approve through REST an event whose every figure cites a reference', async () => {
    const { id, updatedAt } = await submittedEvent({
      kind: 'missing',
      value: 7,
      claimedBy: 'A paper',
      reference: referenceId,
    })
    const response = await rest({
      method: 'PATCH',
      path: `/events/${id}`,
      body: { _status: 'published', updatedAt },
      token: await login('reviewer'),
    })
    expect(response.status).toBe(200)
  })

  it('should show the team the checklist of the submitted revision', async () => {
    const { id } = await submittedEvent({
      kind: 'missing',
      value: 7,
      claimedBy: 'U.S. officials',
    })
    const response = await rest({
      method: 'GET',
      path: `/events/${id}/citation-checks`,
      token: await login('editor'),
    })
    const rule = (response.body.rules as { id: string; problems: { message: string }[] }[]).find(
      (candidate) => candidate.id === 'figure-unreferenced',
    )
    expect({ status: response.status, passed: response.body.passed, rule }).toMatchObject({
      status: 200,
      passed: false,
      rule: {
        problems: [
          { message: 'Figure 2 (missing: 7, according to U.S. officials) cites no reference.' },
        ],
      },
    })
  })

  it('should refuse the checklist to readers', async () => {
    const { id } = await submittedEvent({
      kind: 'missing',
      value: 7,
      claimedBy: 'U.S. officials',
    })
    const response = await rest({ method: 'GET', path: `/events/${id}/citation-checks` })
    expect(response.status).toBe(403)
  })

  it('should find no blocking problem in any seeded article or event', async () => {
    const failing: string[] = []
    for (const collection of ['articles', 'events'] as const) {
      const { docs } = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        pagination: false,
        depth: 0,
      })
      for (const doc of docs) {
        const checklist = await runCitationChecks({
          payload,
          req: await createLocalReq({}, payload),
          collection,
          revision: doc,
        })
        failing.push(
          ...checklist.problems
            .filter((problem) => problem.severity === 'blocking')
            .map((problem) => `${collection}/${doc.slug}: ${problem.message}`),
        )
      }
    }
    expect(failing).toEqual([])
  })
})
