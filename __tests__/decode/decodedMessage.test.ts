import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseDecodedMessage } from '../../src/decode/decodedMessage.js'
import {
  explicitDenyWithSecrets,
  implicitDenyKeyPair,
  passRoleDuringRunInstances,
  secretValues
} from './fixtures.js'

describe('parseDecodedMessage', () => {
  it('reads an implicit deny (the shape of docs §3.3)', () => {
    expect(parseDecodedMessage(implicitDenyKeyPair)).toEqual({
      allowed: false,
      explicitDeny: false,
      principalArn: 'arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions',
      action: 'ec2:RunInstances',
      resource: 'arn:aws:ec2:us-east-1:111122223333:key-pair/ci-key',
      statements: [],
      conditions: [
        { key: 'aws:Region', values: ['us-east-1'] },
        { key: 'aws:Service', values: ['ec2'] },
        { key: 'aws:Resource' },
        { key: 'aws:Type', values: ['key-pair'] },
        { key: 'aws:Account' },
        { key: 'ec2:KeyPairName' },
        { key: 'aws:ARN' }
      ]
    })
  })

  it('reads an explicit deny with its matched statement and keeps no sensitive value', () => {
    const d = parseDecodedMessage(explicitDenyWithSecrets)
    expect(d).toMatchObject({
      explicitDeny: true,
      statements: [{ id: 'DenyLargeInstances', effect: 'Deny' }],
      conditions: [
        { key: 'aws:Region', values: ['eu-west-1'] },
        { key: 'ec2:InstanceType', values: ['t3.2xlarge'] },
        { key: 'aws:RequestTag/CostCenter' },
        { key: 'ec2:ResourceTag/Owner' },
        { key: 'aws:SourceIp' },
        { key: 'ec2:Vpc' },
        { key: 'aws:userid' }
      ]
    })
    const text = JSON.stringify(d)
    for (const secret of secretValues) expect(text).not.toContain(secret)
  })

  it('keeps iam:PassedToService, which the PassRole fix needs', () => {
    expect(parseDecodedMessage(passRoleDuringRunInstances)?.conditions).toEqual([
      { key: 'iam:PassedToService', values: ['ec2.amazonaws.com'] }
    ])
  })

  it('accepts the JSON text as well as the parsed value', () => {
    expect(parseDecodedMessage(JSON.stringify(implicitDenyKeyPair))).toEqual(
      parseDecodedMessage(implicitDenyKeyPair)
    )
  })

  it('returns null for input that is not a JSON object', () => {
    for (const input of [null, undefined, 42, 'not json', '[1,2]', [], true])
      expect(parseDecodedMessage(input)).toBeNull()
  })

  it('drops fields of the wrong type or shape instead of failing', () => {
    const d = parseDecodedMessage({
      allowed: 'maybe',
      explicitDeny: 'true',
      matchedStatements: {
        items: [null, 7, { statementId: 42, effect: 'Deny' }, { sid: 'A', effect: 'allow' }]
      },
      context: {
        principal: 'arn:aws:iam::1:user/x',
        action: 'RunInstances; rm -rf /',
        resource: 'line\nbreak',
        conditions: {
          items: [
            {
              key: 'aws:Region',
              values: {
                items: [{ value: 'us-east-1' }, { value: 'us-east-1' }, { value: '<b>x</b>' }]
              }
            },
            { key: 'aws:region', values: { items: [{ value: 'eu-west-1' }] } },
            { key: 'no colon' },
            { key: 7 },
            'aws:Type'
          ]
        }
      }
    })
    expect(d).toEqual({
      allowed: null,
      explicitDeny: true,
      principalArn: null,
      action: null,
      resource: null,
      statements: [
        { id: null, effect: 'Deny' },
        { id: 'A', effect: 'Allow' }
      ],
      conditions: [{ key: 'aws:Region', values: ['us-east-1'] }]
    })
  })

  it('accepts bare arrays where items lists were expected', () => {
    const d = parseDecodedMessage({
      matchedStatements: [{ statementId: 'S1', effect: 'DENY' }],
      context: { conditions: [{ key: 'ec2:InstanceType', values: ['t3.micro'] }] }
    })
    expect(d?.statements).toEqual([{ id: 'S1', effect: 'Deny' }])
    expect(d?.conditions).toEqual([{ key: 'ec2:InstanceType', values: ['t3.micro'] }])
  })

  it('bounds what it keeps', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ key: `aws:RequestTag/k${i}` }))
    const statements = Array.from({ length: 500 }, (_, i) => ({
      statementId: `S${i}`,
      effect: 'DENY'
    }))
    const d = parseDecodedMessage({
      matchedStatements: { items: statements },
      context: { conditions: { items: many } }
    })
    expect(d?.conditions).toHaveLength(50)
    expect(d?.statements).toHaveLength(20)
  })

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const d = parseDecodedMessage(value)
        expect(d === null || typeof d === 'object').toBe(true)
      }),
      { numRuns: 300 }
    )
    fc.assert(
      fc.property(fc.anything(), (value) => {
        parseDecodedMessage({
          context: { conditions: { items: [value] }, principal: value },
          matchedStatements: value
        })
      }),
      { numRuns: 300 }
    )
  })
})
