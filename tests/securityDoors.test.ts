import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '..')

// ---- the Local API scan (issue 9, item 4) --------------------------------------------------

const LOCAL_API = new Set([
  'find',
  'findByID',
  'findVersions',
  'findVersionByID',
  'findGlobal',
  'findDistinct',
  'count',
  'countVersions',
  'create',
  'update',
  'delete',
  'duplicate',
  'restoreVersion',
  'updateGlobal',
])
/**
 * Code that runs for a reader's or user's request: what it reads or writes must go through
 * access control. (lib/freshness/revalidate.ts, for one, reads slugs for the server itself.)
 */
const REQUEST_CODE = ['app', 'components', 'lib/queries']
const SCANNED = [
  'app',
  'lib',
  'components',
  'workflow',
  'collections',
  'access',
  'hooks',
  'fields',
  'email',
]

export type Violation = { file: string; line: number; call: string; problem: string }

const propertyNames = (object: ts.ObjectLiteralExpression) =>
  object.properties.map((property) =>
    ts.isShorthandPropertyAssignment(property) || ts.isPropertyAssignment(property)
      ? property.name.getText()
      : ts.isSpreadAssignment(property)
        ? '...'
        : '',
  )

const overrideValue = (object: ts.ObjectLiteralExpression) => {
  const property = object.properties.find(
    (candidate) =>
      ts.isPropertyAssignment(candidate) && candidate.name.getText() === 'overrideAccess',
  ) as ts.PropertyAssignment | undefined
  return property?.initializer.getText()
}

/**
 * Local API calls (`payload.find(…)`, `req.payload.update(…)`) that would skip access control
 * on a user's behalf: any call given a `user` must say `overrideAccess: false` (the Local API
 * defaults to true, which ignores the user); and request code (app/, components/, lib/queries/) may
 * neither override access nor leave it to the default.
 */
export function findUnsafeLocalApiCalls(file: string, source: string): Violation[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true)
  const requestCode = REQUEST_CODE.some((dir) => file.startsWith(`${dir}/`))
  const violations: Violation[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      LOCAL_API.has(node.expression.name.text) &&
      /(^|\.)payload$/.test(node.expression.expression.getText())
    ) {
      const [options] = node.arguments
      const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1
      const call = node.expression.getText()
      if (options && ts.isObjectLiteralExpression(options)) {
        const names = propertyNames(options)
        const override = overrideValue(options)
        if (names.includes('user') && override !== 'false') {
          violations.push({
            file,
            line,
            call,
            problem: 'passes a user without overrideAccess: false',
          })
        } else if (requestCode && override !== undefined && override !== 'false') {
          violations.push({
            file,
            line,
            call,
            problem: `overrideAccess: ${override} in request code`,
          })
        } else if (requestCode && override === undefined && !names.includes('...')) {
          violations.push({
            file,
            line,
            call,
            problem: 'leaves overrideAccess to its default (true)',
          })
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(tree)
  return violations
}

const sourceFiles = (dir: string): string[] => {
  const absolute = path.join(ROOT, dir)
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.includes('node_modules'))
    .map((name) => path.join(dir, name))
}

describe('access by any door', () => {
  it('should find no Local API call that skips access control on a user’s behalf', () => {
    const violations = SCANNED.flatMap(sourceFiles).flatMap((file) =>
      findUnsafeLocalApiCalls(file, readFileSync(path.join(ROOT, file), 'utf8')),
    )
    expect(violations).toEqual([])
  })

  it('should flag a Local API call given a user without overrideAccess: false', () => {
    const source = `export const f = (payload, user) => payload.find({ collection: 'articles', user })`
    expect(findUnsafeLocalApiCalls('workflow/example.ts', source)).toEqual([
      expect.objectContaining({ problem: 'passes a user without overrideAccess: false' }),
    ])
  })

  it('should flag request code that leaves overrideAccess to its default', () => {
    const source = `export const f = (req) => req.payload.find({ collection: 'articles', draft: true })`
    expect(findUnsafeLocalApiCalls('app/example.ts', source)).toEqual([
      expect.objectContaining({ problem: 'leaves overrideAccess to its default (true)' }),
    ])
  })
})

// ---- installed framework versions ----------------------------------------------------------

const installedVersion = (name: string) =>
  (
    JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string
    }
  ).version

/** -1, 0 or 1 as semantic version a is below, equal to or above b (pre-releases ignored). */
export const compareVersions = (a: string, b: string) => {
  const parts = (version: string) => version.split(/[-+]/)[0].split('.').map(Number)
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return Math.sign(x[i] - y[i])
  return 0
}

const payloadPackages = () => [
  'payload',
  ...readdirSync(path.join(ROOT, 'node_modules/@payloadcms')).map((name) => `@payloadcms/${name}`),
]

describe('framework versions', () => {
  it('should have Next.js 16.3.8 or later installed', () => {
    expect(compareVersions(installedVersion('next'), '16.3.8')).toBeGreaterThanOrEqual(0)
  })

  it('should have every payload and @payloadcms package at 3.90.2 or later, all the same', () => {
    const versions = new Set(payloadPackages().map(installedVersion))
    expect([versions.size, compareVersions([...versions][0], '3.90.2') >= 0]).toEqual([1, true])
  })

  it('should compare versions numerically, not as text', () => {
    expect([compareVersions('16.10.0', '16.3.8'), compareVersions('3.9.0', '3.90.2')]).toEqual([
      1, -1,
    ])
  })
})

describe('import boundaries', () => {
  const restricted = async (filePath: string, source: string) => {
    const { ESLint } = await import('eslint')
    const [result] = await new ESLint({ cwd: ROOT }).lintText(source, {
      filePath: path.join(ROOT, filePath),
    })
    return result.messages.filter((message) => message.ruleId === 'no-restricted-imports').length
  }

  it('should refuse reader code that imports collections/, workflow/ or fields/', async () => {
    const counts = await Promise.all(
      [
        ['app/(frontend)/page.tsx', "import { Articles } from '@/collections/Articles'"],
        ['lib/example.ts', "import { states } from '../workflow/states'"],
        ['components/article/Example.tsx', "import { urlField } from '@/fields/url'"],
      ].map(([file, source]) => restricted(file, `${source}\nexport const x = 1\n`)),
    )
    expect(counts).toEqual([1, 1, 1])
  }, 60_000)

  it('should let admin components import them', async () => {
    const source = "import { Articles } from '@/collections/Articles'\nexport const x = Articles\n"
    expect(await restricted('components/admin/Example.tsx', source)).toBe(0)
  }, 60_000)
})
