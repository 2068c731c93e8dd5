// A trap that keys on an operation keys on `service:Operation`: the same name in another service
// is another call. heldout11 review, h11-020: Terraform's `operation error Kinesis:
// PutResourcePolicy` drew the Organizations management-account trap ("Organizations refuses
// kinesis:PutResourcePolicy").
import { servicesOfOperation } from '../../src/catalog/Catalog.js'
import { serviceData } from '../../src/catalog/catalogData.js'
import { emptyDenial, type Denial, type FindingKind } from '../../src/model/Denial.js'
import { TRAPS } from '../../src/diagnose/traps/index.js'
import { operationIs } from '../../src/diagnose/Trap.js'
import { findingsOf } from './analyze.js'

// The services whose operations some trap names.
const TRAP_SERVICES = ['organizations', 's3', 'sts', 'lakeformation', 'eks', 'kms', 'iam']

function denial(kind: FindingKind, code: string, service: string, operation: string): Denial {
  return { ...emptyDenial(kind, 'sdk-operation'), code, service, operation }
}

function fired(d: Denial): string[] {
  return TRAPS.filter((t) => t.applies({ d, principal: null, crossAccount: null })).map((t) => t.id)
}

/** Each operation of those services that another service (no trap names it) also has. */
const SHARED: [string, string][] = TRAP_SERVICES.flatMap((svc) =>
  Object.keys(serviceData(svc)!.actions).flatMap((op) => {
    const other = servicesOfOperation(op).find((s) => !TRAP_SERVICES.includes(s))
    return other ? [[op, other] as [string, string]] : []
  })
)

describe('traps key on service:Operation, not the operation name', () => {
  it('finds shared names to test (PutResourcePolicy, GetObject...)', () => {
    const ops = SHARED.map(([op]) => op)
    expect(ops).toEqual(expect.arrayContaining(['PutResourcePolicy', 'GetObject', 'ListAccounts']))
  })

  it.each([
    ['denial', 'AccessDeniedException'],
    ['credentials', 'ExpiredTokenException']
  ] as [FindingKind, string][])(
    'a %s in another service fires the traps an unknown operation there fires',
    (kind, code) => {
      const wrong: string[] = []
      for (const [op, other] of SHARED) {
        const baseline = fired(denial(kind, code, other, 'NoSuchOperationAnywhere'))
        const got = fired(denial(kind, code, other, op))
        if (got.join() !== baseline.join()) wrong.push(`${other}:${op} → ${got.join(', ')}`)
      }
      expect(wrong).toEqual([])
    }
  )

  it('the trap still fires on its own service, and with no service named', () => {
    const d = denial('denial', 'AccessDeniedException', 'organizations', 'ListAccounts')
    expect(fired(d)).toContain('organizations-management-account')
    expect(operationIs(denial('denial', 'AccessDenied', 's3', 'HeadObject'), 's3:HeadObject')).toBe(
      true
    )
    const unnamed = { ...denial('denial', 'AccessDenied', 's3', 'HeadObject'), service: null }
    expect(operationIs(unnamed, 's3:HeadObject')).toBe(true)
    expect(
      operationIs(denial('denial', 'AccessDenied', 'mediastore', 'GetObject'), 's3:GetObject')
    ).toBe(false)
  })

  it('h11-020: Kinesis PutResourcePolicy is not an Organizations call', () => {
    // Source: localstack/localstack#12488, the Terraform error as printed.
    const text =
      ' operation error Kinesis: PutResourcePolicy, https response error StatusCode: 400, RequestID: c444581a-fed0-471d-9e98-34dbc0b1ef59, AccessDeniedException: Unable to determine service/operation name to be authorized'
    for (const f of findingsOf(text)) {
      expect(f.traps ?? []).not.toContain('organizations-management-account')
      expect(f.explanation).not.toMatch(/Organizations/)
    }
  })
})
