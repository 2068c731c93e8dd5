import { namesAnAccount, sameAccount } from '../../src/model/accountFields.js'

describe('sameAccount', () => {
  // heldout16 review h16-048: `8752XXXXXXXX` calling into `1904XXXXXXXX`.
  it('tells apart IDs masked after different first digits, and no more', () => {
    expect(sameAccount('8752XXXXXXXX', '1904XXXXXXXX')).toBe(false)
    expect(sameAccount('8752********', '87521*******')).toBeNull()
    expect(sameAccount('8752XXXXXXXX', '8752XXXXXXXX')).toBeNull()
    expect(sameAccount('8752XXXX', '1904XXXX')).toBeNull()
  })

  it('compares real IDs', () => {
    expect(sameAccount('111122223333', '111122223333')).toBe(true)
    expect(sameAccount('111122223333', '444455556666')).toBe(false)
  })

  it('tells shortened or renamed accounts apart (heldout3 h3-153, h3-102, h3-115, h3-001)', () => {
    expect(sameAccount('145', '123')).toBe(false)
    expect(sameAccount('<CUSTOMER_ACC_ID>', '<COMPANY_ACC_ID>')).toBe(false)
    expect(sameAccount('<別アカウントID>', '<アカウントID>')).toBe(false)
    expect(sameAccount('<aws-account-containing-eks-cluster>', 'cross-aws-account-id')).toBe(false)
    expect(sameAccount('<masterAccountId>', '<childAccountId>')).toBe(false)
  })

  it('takes one renamed account written twice as the same (configure-aws-credentials#1219: `abc`)', () => {
    expect(sameAccount('abc', 'abc')).toBe(true)
    expect(sameAccount('<Prod-Account>', '<prod_account>')).toBe(true)
  })

  it.each([
    ['***', '***'],
    ['***', '123456789012'],
    ['3915824****', '3915824****'],
    ['XXXXXXXXXXXX', '111122223333'],
    ['<ACCOUNT_ID>', '<account-id>'],
    ['<AWS_ACCOUNT_ID>', '<SNOWFLAKE_AWS_ACCOUNT>'],
    ['{AccountId}', 'prod'],
    ['...', '123'],
    ['', '111122223333'],
    [null, '111122223333'],
    // A renamed account beside a real one may be that very account.
    ['prod', '111122223333'],
    // heldout9 h9-001 (aws/copilot-cli#2013): a partly removed ID beside a removed one.
    ['358974 REMOVED', 'REMOVED'],
    ['REDACTED', '<redacted-account>'],
    // heldout9 h9-105 (obie/saws#4): typed placeholders of 11 and 10 digits are not two accounts.
    ['11111111111', '1234567890'],
    ['1234567890', '111122223333'],
    // A mask of one repeated letter (heldout9 h9-155, pkallos/winston-firehose#24).
    ['xxxxxxxx', 'yyyyyyyyyy']
  ])('says nothing for %j and %j (masked, generic, missing or mixed)', (a, b) => {
    expect(sameAccount(a, b)).toBeNull()
  })

  it('takes one generic placeholder typed identically on both sides as one account (aws/aws-cdk#9912, heldout10 h10-105: `[ACCOUNT]`)', () => {
    expect(sameAccount('[ACCOUNT]', '[ACCOUNT]')).toBe(true)
    expect(sameAccount('<account-id>', '<account-id>')).toBe(true)
    expect(sameAccount('{AccountId}', '{AccountId}')).toBe(true)
  })

  it.each([
    // awslabs/kubeflow-manifests#59 (heldout10 h10-021): one reporter, two spellings.
    ['<my account_id>', '<my_aws_account_id>'],
    ['<your-account-id>', '<AWS_ACCOUNT_NUMBER>'],
    ['ACCOUNTID', '<aws account id>'],
    ['<ACCOUNT-ID-WITHOUT-HYPHENS>', '<account_id>'],
    // Counter-cases: the same mask twice is still a mask (GitHub prints every secret as `***`).
    ['XXXXXXXXXXXX', 'XXXXXXXXXXXX'],
    ['REDACTED', 'REDACTED'],
    // A generic placeholder beside a named one may be that very account.
    ['[ACCOUNT]', '<CUSTOMER_ACC_ID>']
  ])('never calls two wordings of a generic placeholder two accounts: %j and %j', (a, b) => {
    expect(sameAccount(a, b)).toBeNull()
  })

  it('counter-case: naming words still tell placeholders apart however they are spelled', () => {
    expect(sameAccount('<my_customer_account_id>', '<COMPANY_ACC_ID>')).toBe(false)
    expect(sameAccount('<account-a>', '<account-b>')).toBe(false)
    expect(sameAccount('<sourceAccountId>', '<source-account>')).toBe(true)
  })

  it('takes a generic placeholder beside one saying "another" as two accounts (Netflix/security_monkey#77)', () => {
    expect(sameAccount('"my account number"', '"another account number"')).toBe(false)
    expect(sameAccount('<account_id>', '<other-account-id>')).toBe(false)
    // Counter-case: a name that merely contains the word later is no statement of another account.
    expect(sameAccount('<account_id>', '<prod-other-account>')).toBeNull()
  })

  it('takes one placeholder typed on both sides as one account (aws-samples/eks-workshop-v2, Pod IAM page: `1234567890` twice)', () => {
    expect(sameAccount('1234567890', '1234567890')).toBe(true)
  })

  it('counter-case: a real ID that merely repeats digits is still real, and short renames still differ', () => {
    expect(sameAccount('111111111111', '222222222222')).toBe(false)
    expect(sameAccount('145', '123')).toBe(false)
    expect(sameAccount('removal-prod', 'staging')).toBe(false)
  })
})

describe('namesAnAccount', () => {
  it('is true for real, shortened and renamed accounts, false for masks and generic names', () => {
    expect(
      ['111122223333', '145', '<COMPANY_ACC_ID>', '<SNOWFLAKE_AWS_ACCOUNT>'].map(namesAnAccount)
    ).toEqual([true, true, true, true])
    expect(['REMOVED', '358974 REMOVED', '1234567890'].map(namesAnAccount)).toEqual([
      false,
      false,
      false
    ])
    expect(
      ['***', '<account-id>', 'XXXXXXXXXXXX', '', null, '<my_aws_account_id>', '[ACCOUNT]'].map(
        namesAnAccount
      )
    ).toEqual([false, false, false, false, false, false, false])
  })
})

describe('blanks typed to be filled in (heldout12 review h12-174)', () => {
  it.each([
    // The Elastic Beanstalk Django tutorial's two blanks (github-file:find_string#48756089503).
    ['YOUR-USER-NUMBER', 'YOUR-INSTANCE-NUMBER'],
    ['<insert-12-digit-account-id-here>', '<ACCOUNT_ID>'],
    ['<IAM-USER-ACCOUNT>', '<instance account number>']
  ])('%j and %j name no account: never two accounts', (a, b) => {
    expect(sameAccount(a, b)).toBeNull()
    expect(namesAnAccount(a)).toBe(false)
  })

  it('counter-case: a party named beside the blank still tells accounts apart', () => {
    expect(sameAccount('<CUSTOMER_ACC_ID>', '<COMPANY_ACC_ID>')).toBe(false)
    expect(sameAccount('<your-account-id>', '<another-account-id>')).toBe(false)
    expect(sameAccount('YOUR-USER-NUMBER', 'YOUR-USER-NUMBER')).toBe(true)
  })
})
