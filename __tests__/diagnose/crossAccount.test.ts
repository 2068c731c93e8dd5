import { crossAccountOf } from '../../src/diagnose/crossAccount.js'
import { parsePrincipal } from '../../src/diagnose/Principal.js'

const caller = parsePrincipal('arn:aws:sts::111122223333:assumed-role/ci/GitHubActions')

describe('crossAccountOf', () => {
  it('is false when both accounts are known and equal', () => {
    expect(crossAccountOf(caller, 'arn:aws:ecr:us-east-1:111122223333:repository/app')).toBe(false)
  })

  it('is true when both accounts are known and differ', () => {
    expect(crossAccountOf(caller, 'arn:aws:ecr:us-east-1:444455556666:repository/app')).toBe(true)
  })

  it('is null for S3 ARNs, whose account field is empty', () => {
    expect(crossAccountOf(caller, 'arn:aws:s3:::artifacts/releases/app.zip')).toBeNull()
  })

  it('is null when the resource is *, absent or not an ARN', () => {
    expect(crossAccountOf(caller, '*')).toBeNull()
    expect(crossAccountOf(caller, null)).toBeNull()
    expect(crossAccountOf(caller, '<target-role>')).toBeNull()
  })

  it('is null when either account is masked', () => {
    expect(
      crossAccountOf(
        parsePrincipal('arn:aws:iam::***:user/x'),
        'arn:aws:sns:us-east-1:444455556666:t'
      )
    ).toBeNull()
    expect(crossAccountOf(caller, 'arn:aws:sns:us-east-1:<ACCOUNT_ID>:t')).toBeNull()
    expect(crossAccountOf(caller, 'arn:aws:kms:us-west-2:3915824****:key/k')).toBeNull()
  })

  it('is null for anonymous and missing principals', () => {
    expect(
      crossAccountOf(parsePrincipal('anonymous'), 'arn:aws:sns:us-east-1:444455556666:t')
    ).toBeNull()
    expect(crossAccountOf(null, 'arn:aws:sns:us-east-1:444455556666:t')).toBeNull()
  })
})
