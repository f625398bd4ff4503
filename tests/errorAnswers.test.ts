import config from '@payload-config'
import { APIError, ValidationError } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import { decideErrorAnswer, errorAnswers, logRefusalsBriefly } from '@/hooks/errorAnswers'

/**
 * The decisions of the one error formatter (hooks/errorAnswers.ts), each on the kind of error
 * it is about; the doors themselves are exercised by hostile, validation and faults tests.
 */

/** A PostgreSQL error as the driver throws it, wrapped the way Drizzle wraps it. */
const postgresError = (fields: { code: string; detail?: string; column?: string }) =>
  new Error('Failed query', { cause: Object.assign(new Error('database said no'), fields) })

const SOMETHING_WRONG = { status: 500, message: 'Something went wrong.' }

const restAnswer = (error: unknown, message: string, contentType = 'application/json') =>
  errorAnswers({
    error,
    req: { headers: new Headers({ 'content-type': contentType }) },
    result: { errors: [{ message }] },
  } as never)

const graphqlAnswer = (originalError: unknown, statusCode: number, message: string) =>
  errorAnswers({
    error: { message, originalError },
    req: { headers: new Headers() },
    graphqlResult: { message, extensions: { statusCode } },
  } as never)

const minifiedValidationError = () => {
  const error = new ValidationError({
    collection: 'articles',
    errors: [{ path: 'changeSummary', message: 'Describe this change: what and why.' }],
  })
  Object.defineProperty(error, 'name', { value: '' })
  return error
}

describe('the error formatter', () => {
  it('should answer a related document that does not exist with 400 naming the field', () => {
    const error = postgresError({ code: '23503', detail: 'Key (event_id)=(999) is not present' })
    expect(decideErrorAnswer({ error, given: SOMETHING_WRONG })).toEqual({
      status: 400,
      message: 'A related document does not exist (event).',
      cause: 'request',
    })
  })

  it('should answer a value its column cannot hold with 400 naming the field', () => {
    const error = postgresError({ code: '22007', column: 'version_start_date' })
    expect(decideErrorAnswer({ error, given: SOMETHING_WRONG })).toMatchObject({
      status: 400,
      message: 'A value is not valid for its field (startDate).',
    })
  })

  it('should answer a duplicate value with 409', () => {
    const error = postgresError({ code: '23505', detail: 'Key (slug)=(x) already exists.' })
    expect(decideErrorAnswer({ error, given: SOMETHING_WRONG })).toMatchObject({
      status: 409,
      message: 'A document with this value already exists.',
    })
  })

  it('should answer a malformed JSON query parameter with 400', () => {
    const error = new SyntaxError('Unexpected token } in JSON at position 3')
    expect(decideErrorAnswer({ error, given: SOMETHING_WRONG })).toMatchObject({ status: 400 })
  })

  it('should answer a truncated multipart body with 400', () => {
    const error = new Error('Unexpected end of form')
    expect(
      decideErrorAnswer({
        error,
        contentType: 'multipart/form-data; boundary=x',
        given: SOMETHING_WRONG,
      }),
    ).toMatchObject({
      status: 400,
      message: 'The multipart body is malformed: Unexpected end of form',
    })
  })

  it('should answer a database that refuses connections with 503 saying why', () => {
    const error = new Error('Failed query', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
      }),
    })
    expect(decideErrorAnswer({ error, given: SOMETHING_WRONG })).toEqual({
      status: 503,
      message:
        'The service is briefly unavailable: the database is not reachable. Please try again in a moment.',
      cause: 'database',
    })
  })

  it('should keep Payload’s answer to a server fault that is neither', () => {
    const error = new Error('undefined is not a function')
    expect(decideErrorAnswer({ error, given: SOMETHING_WRONG })).toEqual({
      ...SOMETHING_WRONG,
      cause: 'payload',
    })
  })

  it('should not reveal the message of a server fault Payload could not format', () => {
    const error = new APIError('connection details: secret', 500)
    Object.defineProperty(error, 'name', { value: '' })
    expect(
      decideErrorAnswer({ error, given: { status: 500, message: 'An unknown error occurred.' } }),
    ).toMatchObject({ message: 'An unknown error occurred.' })
  })

  it('should give a minified 409 refusal its own message', () => {
    const error = new APIError('Changed by Ada at 10:02 since you opened it.', 409)
    Object.defineProperty(error, 'name', { value: '' })
    expect(
      decideErrorAnswer({ error, given: { status: 409, message: 'An unknown error occurred.' } }),
    ).toEqual({
      status: 409,
      message: 'Changed by Ada at 10:02 since you opened it.',
      cause: 'payload',
    })
  })

  it('should put a minified field refusal’s own reasons on top, with its field errors', async () => {
    const answer = await restAnswer(minifiedValidationError(), 'An unknown error occurred.')
    expect(answer).toEqual({
      response: {
        errors: [
          {
            message: 'Describe this change: what and why.',
            data: {
              collection: 'articles',
              errors: [{ path: 'changeSummary', message: 'Describe this change: what and why.' }],
            },
          },
        ],
      },
    })
  })

  it('should leave an answer that needs nothing as Payload made it', async () => {
    expect(await restAnswer(new APIError('Not Found', 404), 'Not Found')).toBeUndefined()
  })

  it('should give a REST answer the status a database refusal decided', async () => {
    const error = postgresError({ code: '23503', detail: 'Key (reference_id)=(5)' })
    expect(await restAnswer(error, 'Something went wrong.')).toEqual({
      status: 400,
      response: { errors: [{ message: 'A related document does not exist (reference).' }] },
    })
  })

  it('should give a GraphQL error the 503 and message of an unavailable database', async () => {
    const error = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    })
    const answer = await graphqlAnswer(error, 500, 'Something went wrong.')
    expect(answer).toEqual({
      graphqlResult: {
        message:
          'The service is briefly unavailable: the database is shutting down. Please try again in a moment.',
        extensions: { statusCode: 503 },
      },
    })
  })

  it('should give a GraphQL field refusal the fields’ own reasons', async () => {
    const error = minifiedValidationError()
    const answer = (
      await graphqlAnswer(error, 400, 'The following field is invalid: changeSummary')
    )?.graphqlResult
    expect([answer?.message, answer?.extensions?.statusCode]).toEqual([
      'Describe this change: what and why.',
      400,
    ])
  })

  it('should leave a GraphQL error of the query itself as it is', async () => {
    const answer = await errorAnswers({
      error: { message: 'Cannot query field "nope" on type "Query".' },
      req: { headers: new Headers() },
      graphqlResult: {
        message: 'connection refused ECONNREFUSED',
        extensions: { statusCode: 400 },
      },
    } as never)
    expect(answer).toBeUndefined()
  })
})

describe('logging of refused requests', () => {
  const logged = (err: unknown, level = 50) => {
    const target = { info: vi.fn() }
    const method = vi.fn()
    logRefusalsBriefly.call(target, [{ err }], method, level)
    return {
      lines: target.info.mock.calls.map(([line]) => line as string),
      passed: method.mock.calls.length,
    }
  }

  it('should log a refusal whose class name was minified as one info line', () => {
    const { lines, passed } = logged(minifiedValidationError())
    expect([lines, passed]).toEqual([
      [expect.stringMatching(/^Refused a request with 400: [^\n]+$/)],
      0,
    ])
  })

  it('should log a value the database refused as one info line', () => {
    const { lines } = logged(postgresError({ code: '22007', column: 'start_date' }))
    expect(lines).toEqual([expect.stringContaining('Refused a request with 400')])
  })

  it("should leave the server's own errors at ERROR with their stack", () => {
    const { lines, passed } = logged(new Error('The disk is full'))
    expect([lines, passed]).toEqual([[], 1])
  })

  it("should be the hook of Payload's logger", async () => {
    const resolved = await config
    const logger = resolved.logger as { options: { hooks: { logMethod: unknown } } }
    expect(logger.options.hooks.logMethod).toBe(logRefusalsBriefly)
  })
})
