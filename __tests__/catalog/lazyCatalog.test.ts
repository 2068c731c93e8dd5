// The catalog parses a service only when a lookup needs it, and the lazy lookups answer exactly
// what lookups over the whole catalog parsed up front answer. The tests run in order: the first
// ones see a catalog that nothing in this file has touched yet.
import fs from 'node:fs'
import {
  actionForOperation,
  lookupAction,
  serviceResourceTypes,
  suggestAction
} from '../../src/catalog/Catalog.js'
import {
  parsedServices,
  serviceNames,
  servicesByActionName,
  type ServiceData
} from '../../src/catalog/catalogData.js'
import { sharedPrefixTypes } from '../../src/catalog/sharedPrefixActions.js'

const fileText = fs.readFileSync(
  new URL('../../src/catalog/iam-catalog.json', import.meta.url),
  'utf8'
)
// The reference: the whole file parsed up front, as the catalog was loaded before it became lazy.
const eager = (JSON.parse(fileText) as { services: Record<string, ServiceData> }).services

test('loading the catalog parses no service', () => {
  expect(serviceNames()).toEqual(Object.keys(eager))
  expect(parsedServices()).toEqual([])
})

test('a lookup parses only the service it names', () => {
  expect(lookupAction('S3:getobject')?.action).toBe('s3:GetObject')
  expect(parsedServices()).toEqual(['s3'])
  expect(lookupAction('nosuchservice:GetThing')).toBeNull()
  expect(lookupAction('constructor:toString')).toBeNull()
  expect(parsedServices()).toEqual(['s3'])
})

test('an operation without its service is found without parsing every service', () => {
  expect(actionForOperation(null, 'GetCallerIdentity')).toBe('sts:GetCallerIdentity')
  expect(parsedServices().sort()).toEqual(['s3', 'sts'])
})

test('a misspelt service is matched by name, parsing only the service it picks', () => {
  expect(suggestAction('dynamodbb:PutItem')).toBe('dynamodb:PutItem')
  expect(parsedServices().sort()).toEqual(['dynamodb', 's3', 'sts'])
})

test('every action of every service resolves as in the eagerly parsed catalog', () => {
  // Mismatches are collected, not asserted one by one: 22,000 expect calls take half a minute.
  const mismatches: string[] = []
  let checked = 0
  for (const [service, data] of Object.entries(eager)) {
    for (const [name, spec] of Object.entries(data.actions)) {
      const found = lookupAction(`${service}:${name.toLowerCase()}`)
      // Actions Elastic Load Balancing Classic and V2 both define also take V2's types, all optional.
      const shared = spec === '' ? [] : sharedPrefixTypes(service, name)
      const entries = (spec === '' ? [] : spec.split(',')).concat(shared)
      const want = entries.map((entry) => {
        const type = entry.replace(/\*$/, '')
        // A cell holding two shapes (`…/apis/…, arn:…/restapis/…`) is two formats.
        const arn = (data.resources[type] ?? '').split(', arn:').join('|arn:')
        return `${shared.length ? type : entry}=${arn}`
      })
      const got = (found?.resourceTypes ?? []).map(
        (t) => `${t.name}${t.required ? '*' : ''}=${t.arnFormats.join('|')}`
      )
      if (found?.action !== `${service}:${name}` || got.join(' ') !== want.join(' ')) {
        mismatches.push(`${service}:${name}`)
      }
      checked++
    }
    const cells = Object.fromEntries(
      Object.entries(serviceResourceTypes(service)).map(([t, formats]) => [t, formats.join(', ')])
    )
    if (JSON.stringify(cells) !== JSON.stringify(data.resources)) {
      mismatches.push(service)
    }
  }
  expect(mismatches).toEqual([])
  expect(checked).toBeGreaterThan(15000)
})

test('the action-name index read from the text equals one built from the parsed services', () => {
  const reference = new Map<string, string[]>()
  for (const [service, data] of Object.entries(eager)) {
    for (const name of Object.keys(data.actions)) {
      const key = name.toLowerCase()
      reference.set(key, [...(reference.get(key) ?? []), service])
    }
  }
  expect(servicesByActionName()).toEqual(reference)
})
