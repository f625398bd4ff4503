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

  it('should find no blocking problem in any seeded article, event or reaction', async () => {
    const failing: string[] = []
    for (const collection of ['articles', 'events', 'reactions'] as const) {
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
            .map((problem) => `${collection}/${doc.id}: ${problem.message}`),
        )
      }
    }
    expect(failing).toEqual([])
  })
})

describe('the citation gate on references readers cannot see', () => {
  let payload: Payload
  let editor: User
  let reviewer: User
  const articles: number[] = []
  const references: number[] = []
  const reactions: number[] = []
  let n = 0

  const unique = () => `${process.pid}-${(n += 1)}-${Date.now()}`

  /** A reference as an editor saves it: a draft nobody has approved. */
  const draftReference = async (title: string) => {
    const doc = await payload.create({
      collection: 'references',
      draft: true,
      overrideAccess: false,
      user: editor,
      depth: 0,
      data: { title, work: 'A paper', date: '2013-09-01', changeSummary: 'Add a source' },
    })
    references.push(doc.id)
    return doc
  }

  const publishedReference = async (title: string) => {
    const doc = await payload.create({
      collection: 'references',
      depth: 0,
      data: {
        citationType: 'news',
        title,
        work: 'A paper',
        date: '2013-09-01',
        changeSummary: 'First version',
        _status: 'published',
      },
    })
    references.push(doc.id)
    return doc
  }

  /** A published article and the editor's submitted revision citing `cited` (and listing `further`). */
  const submittedArticle = async ({
    cited = [],
    further = [],
  }: {
    cited?: number[]
    further?: number[]
  }) => {
    const id = unique()
    const article = await payload.create({
      collection: 'articles',
      depth: 0,
      data: {
        title: `Citation gate article ${id}`,
        slug: `citation-gate-article-${id}`,
        summary: 'The published text.',
        changeSummary: 'First version',
        _status: 'published',
      },
    })
    articles.push(article.id)
    const revision = await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      overrideAccess: false,
      user: editor,
      depth: 0,
      data: {
        body: body(paragraph(text('A sourced claim.'), ...cited.map(cite))) as never,
        furtherReferences: further,
        changeSummary: 'Cite the new sources',
        workflowState: 'in_review',
      },
    })
    return { id: article.id, updatedAt: revision.updatedAt }
  }

  const approveOverRest = async (collection: string, id: number, updatedAt: string) =>
    rest({
      method: 'PATCH',
      path: `/${collection}/${id}`,
      body: { _status: 'published', updatedAt },
      token: await login('reviewer'),
    })

  beforeAll(async () => {
    payload = await getTestPayload()
    editor = await demoUser(payload, 'editor')
    reviewer = await demoUser(payload, 'reviewer')
  })

  afterAll(async () => {
    await payload.delete({ collection: 'reactions', where: { id: { in: reactions } } })
    await payload.delete({ collection: 'articles', where: { id: { in: articles } } })
    await payload.delete({ collection: 'references', where: { id: { in: references } } })
    await payload.delete({
      collection: 'audit-log',
      where: {
        targetId: { in: [...articles, ...references, ...reactions].map(String) },
      },
    })
  })

  it('should refuse through REST the approval of an article citing a never-published reference, naming it', async () => {
    const reference = await draftReference('A story still in review')
    const { id, updatedAt } = await submittedArticle({ cited: [reference.id] })
    const response = await approveOverRest('articles', id, updatedAt)
    expect({ status: response.status, message: response.body.errors?.[0]?.message }).toEqual({
      status: 400,
      message: `Citation checks block this approval: The body cites "A story still in review" (A paper), reference ${reference.id}, which readers cannot see: it is not published. Fix these in a new revision and submit it for review.`,
    })
  })

  it('should refuse through GraphQL the approval of an article citing a never-published reference', async () => {
    const reference = await draftReference('Another story in review')
    const { id, updatedAt } = await submittedArticle({ cited: [reference.id] })
    const { body: answer } = await graphql({
      query: `mutation ($id: Int!, $updatedAt: String) { updateArticle(id: $id, data: { _status: published, updatedAt: $updatedAt }) { id } }`,
      variables: { id, updatedAt },
      token: await login('reviewer'),
    })
    expect(answer.errors?.[0]?.message).toContain(
      `The body cites "Another story in review" (A paper), reference ${reference.id}, which readers cannot see`,
    )
  })

  it('should refuse the approval of an article citing a reference unpublished since it was cited', async () => {
    const reference = await publishedReference('A story later withdrawn')
    await payload.update({
      collection: 'references',
      id: reference.id,
      overrideAccess: false,
      user: reviewer,
      depth: 0,
      data: { _status: 'draft' },
    })
    const { id, updatedAt } = await submittedArticle({ cited: [reference.id] })
    const response = await approveOverRest('articles', id, updatedAt)
    expect({ status: response.status, message: response.body.errors?.[0]?.message }).toMatchObject({
      status: 400,
      message: expect.stringContaining(`reference ${reference.id}, which readers cannot see`),
    })
  })

  it('should refuse the approval of an article citing a deleted reference', async () => {
    const reference = await publishedReference('A story deleted')
    const { id, updatedAt } = await submittedArticle({ cited: [reference.id] })
    await payload.delete({ collection: 'references', id: reference.id })
    const response = await approveOverRest('articles', id, updatedAt)
    expect({ status: response.status, message: response.body.errors?.[0]?.message }).toMatchObject({
      status: 400,
      message: expect.stringContaining(
        `The body cites reference ${reference.id}, which readers cannot see: it does not exist.`,
      ),
    })
  })

  it('should refuse the approval of an article listing a never-published further reference', async () => {
    const reference = await draftReference('A further story in review')
    const { id, updatedAt } = await submittedArticle({ further: [reference.id] })
    const response = await approveOverRest('articles', id, updatedAt)
    expect({ status: response.status, message: response.body.errors?.[0]?.message }).toMatchObject({
      status: 400,
      message: expect.stringContaining(
        `Further reference 1 is "A further story in review" (A paper), reference ${reference.id}, which readers cannot see`,
      ),
    })
  })

  it('should refuse the approval of a reaction whose reference is not published', async () => {
    const reference = await draftReference('A statement in review')
    const { docs } = await payload.find({ collection: 'events', limit: 1, depth: 0 })
    const reaction = await payload.create({
      collection: 'reactions',
      draft: true,
      overrideAccess: false,
      user: editor,
      depth: 0,
      data: {
        event: docs[0].id,
        actor: 'A spokesperson',
        actorType: 'person',
        date: '2013-09-02',
        stance: 'condemnation',
        statement: 'Condemned the attack.',
        reference: reference.id,
        changeSummary: 'Add a reaction',
        workflowState: 'in_review',
      },
    })
    reactions.push(reaction.id)
    const response = await approveOverRest('reactions', reaction.id, reaction.updatedAt)
    expect({ status: response.status, message: response.body.errors?.[0]?.message }).toMatchObject({
      status: 400,
      message: expect.stringContaining(
        `The reaction cites "A statement in review" (A paper), reference ${reference.id}, which readers cannot see`,
      ),
    })
  })

  it('should approve the article once the reference it cites is published', async () => {
    const reference = await draftReference('A story approved in time')
    const { id, updatedAt } = await submittedArticle({ cited: [reference.id] })
    const submitted = await payload.update({
      collection: 'references',
      id: reference.id,
      draft: true,
      overrideAccess: false,
      user: editor,
      depth: 0,
      data: { workflowState: 'in_review' },
    })
    await payload.update({
      collection: 'references',
      id: reference.id,
      overrideAccess: false,
      user: reviewer,
      depth: 0,
      data: { _status: 'published', updatedAt: submitted.updatedAt },
    })
    const response = await approveOverRest('articles', id, updatedAt)
    expect(response.status).toBe(200)
  })
})
