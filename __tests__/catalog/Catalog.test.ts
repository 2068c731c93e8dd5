import {
  actionForOperation,
  lookupAction,
  requiresWildcardResource,
  resourceTypesOf,
  suggestAction
} from '../../src/catalog/Catalog.js'
import { catalogSource } from '../../src/catalog/catalogData.js'
import { editDistance } from '../../src/catalog/editDistance.js'
import { operationExceptions } from '../../src/catalog/operationExceptions.js'

describe('lookupAction', () => {
  test('is case-insensitive and returns the canonical spelling', () => {
    expect(lookupAction('SNS:Publish')?.action).toBe('sns:Publish')
    expect(lookupAction('sqs:sendmessage')?.action).toBe('sqs:SendMessage')
    expect(lookupAction('ECR:getauthorizationtoken')?.name).toBe('GetAuthorizationToken')
  })

  test('rejects unknown, malformed and wildcard actions', () => {
    expect(lookupAction('codecommit:ListRespositories')).toBeNull()
    expect(lookupAction('nosuchservice:GetThing')).toBeNull()
    expect(lookupAction('s3:*')).toBeNull()
    expect(lookupAction('s3:Get*')).toBeNull()
    expect(lookupAction('GetObject')).toBeNull()
    expect(lookupAction('<AWS_SERVICES:ACTION>')).toBeNull()
    expect(lookupAction('constructor:toString')).toBeNull()
  })
})

describe('resource types', () => {
  test('actions with no resource-level permission must use "*"', () => {
    expect(requiresWildcardResource('ecr:GetAuthorizationToken')).toBe(true)
    expect(requiresWildcardResource('sts:GetCallerIdentity')).toBe(true)
    expect(requiresWildcardResource('s3:ListAllMyBuckets')).toBe(true)
    expect(requiresWildcardResource('ecr:PutImage')).toBe(false)
    expect(requiresWildcardResource('nope:Nope')).toBeNull()
  })

  test('bucket and object actions carry their ARN formats', () => {
    const list = resourceTypesOf('s3:ListBucket')!.map((t) => t.name)
    expect(list).toContain('bucket')
    expect(list).not.toContain('object')
    const object = resourceTypesOf('s3:GetObject')!.find((t) => t.name === 'object')!
    expect(object.arnFormats).toEqual(['arn:${Partition}:s3:::${BucketName}/${ObjectName}'])
    const repo = resourceTypesOf('ecr:InitiateLayerUpload')!
    expect(repo).toEqual([
      {
        name: 'repository',
        required: true,
        arnFormats: ['arn:${Partition}:ecr:${Region}:${Account}:repository/${RepositoryName}']
      }
    ])
  })
})

describe('suggestAction', () => {
  test('finds the closest real action within the service', () => {
    expect(suggestAction('codecommit:ListRespositories')).toBe('codecommit:ListRepositories')
    expect(suggestAction('s3:GetObjcet')).toBe('s3:GetObject')
    expect(suggestAction('ecr:GetAuthorisationToken')).toBe('ecr:GetAuthorizationToken')
  })

  test('fixes a mistyped service prefix', () => {
    expect(suggestAction('ecrr:GetAuthorizationToken')).toBe('ecr:GetAuthorizationToken')
  })

  test('returns the canonical form of a known action and null when nothing is close', () => {
    expect(suggestAction('sns:publish')).toBe('sns:Publish')
    expect(suggestAction('s3:CompletelyDifferentThing')).toBeNull()
    expect(suggestAction('not an action')).toBeNull()
  })
})

describe('actionForOperation', () => {
  test.each([
    ['s3', 'ListObjectsV2', 's3:ListBucket'],
    ['s3', 'HeadObject', 's3:GetObject'],
    ['s3', 'HeadBucket', 's3:ListBucket'],
    ['s3', 'CreateMultipartUpload', 's3:PutObject'],
    ['s3', 'UploadPart', 's3:PutObject'],
    ['s3', 'CompleteMultipartUpload', 's3:PutObject'],
    ['s3', 'GetObjectLockConfiguration', 's3:GetBucketObjectLockConfiguration'],
    ['ecr', 'GetAuthorizationToken', 'ecr:GetAuthorizationToken'],
    ['S3', 'GetObject', 's3:GetObject'],
    ['lambda', 'ListFunctions20150331', 'lambda:ListFunctions'],
    ['Lambda', 'Invoke', 'lambda:InvokeFunction'],
    ['sfn', 'StartExecution', 'states:StartExecution'],
    ['rds', 'DescribeDBInstances', 'rds:DescribeDBInstances']
  ])('%s %s → %s', (service, operation, action) => {
    expect(actionForOperation(service, operation)).toBe(action)
  })

  test('without a service, only an unambiguous operation gives an answer', () => {
    expect(actionForOperation(null, 'ListObjectsV2')).toBe('s3:ListBucket')
    expect(actionForOperation(null, 'GetAuthorizationToken')).toBe('ecr:GetAuthorizationToken')
    expect(actionForOperation(null, 'ListTagsForResource')).toBeNull()
  })

  test('unknown operations and odd input give null', () => {
    expect(actionForOperation('s3', 'FlyToTheMoon')).toBeNull()
    expect(actionForOperation('dynamodb', 'TransactWriteItems')).toBeNull()
    expect(actionForOperation('s3', 'Get Object; rm -rf /')).toBeNull()
  })

  test('every exception maps to an action the catalog knows', () => {
    for (const [operation, action] of Object.entries(operationExceptions)) {
      expect([operation, lookupAction(action)?.action]).toEqual([operation, action])
    }
  })
})

test('editDistance counts a transposition as one edit and honours the limit', () => {
  expect(editDistance('ListRespositories', 'ListRepositories')).toBe(1)
  expect(editDistance('abcd', 'abdc')).toBe(1)
  expect(editDistance('kitten', 'sitting')).toBe(3)
  expect(editDistance('short', 'a much longer string', 2)).toBe(3)
})

test('the catalog reports its data version', () => {
  expect(catalogSource().version).toMatch(/^\d+\.\d+\.\d+$/)
})
