import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_REGION,
  hasAwsCredentials,
  resolveRegion
} from '../../../src/decode/sts/hasAwsCredentials.js'

describe('hasAwsCredentials', () => {
  it.each([
    ['static keys', { AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 's' }],
    ['a profile', { AWS_PROFILE: 'ci' }],
    ['web identity', { AWS_WEB_IDENTITY_TOKEN_FILE: '/t', AWS_ROLE_ARN: 'arn:aws:iam::1:role/r' }],
    ['container (relative)', { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/x' }],
    [
      'container (full)',
      { AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://169.254.170.23/v1/credentials' }
    ]
  ])('sees %s', (_name, env) => {
    expect(hasAwsCredentials(env)).toBe(true)
  })

  it.each([
    ['nothing', {}],
    ['a key id alone', { AWS_ACCESS_KEY_ID: 'AKID' }],
    ['a secret alone', { AWS_SECRET_ACCESS_KEY: 's' }],
    ['blank keys', { AWS_ACCESS_KEY_ID: ' ', AWS_SECRET_ACCESS_KEY: '' }],
    ['a token file without a role', { AWS_WEB_IDENTITY_TOKEN_FILE: '/t' }],
    ['a region only', { AWS_REGION: 'eu-west-1' }],
    ['an empty profile', { AWS_PROFILE: '' }]
  ])('does not count %s', (_name, env) => {
    expect(hasAwsCredentials(env)).toBe(false)
  })
})

describe('resolveRegion', () => {
  const env = { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'ap-south-1' }

  it('prefers the input, then AWS_REGION, then AWS_DEFAULT_REGION, then the default', () => {
    expect(resolveRegion('us-gov-west-1', env)).toBe('us-gov-west-1')
    expect(resolveRegion(undefined, env)).toBe('eu-west-1')
    expect(resolveRegion('', { AWS_DEFAULT_REGION: 'ap-south-1' })).toBe('ap-south-1')
    expect(resolveRegion(null, {})).toBe(DEFAULT_REGION)
    expect(DEFAULT_REGION).toBe('us-east-1')
  })

  it('passes over values that are not Region names', () => {
    expect(resolveRegion('  ', env)).toBe('eu-west-1')
    expect(resolveRegion('eu-west-1; rm -rf /', env)).toBe('eu-west-1')
    expect(
      resolveRegion(undefined, { AWS_REGION: 'EU West', AWS_DEFAULT_REGION: 'cn-north-1' })
    ).toBe('cn-north-1')
    expect(resolveRegion(' eu-central-2 ', {})).toBe('eu-central-2')
  })
})
