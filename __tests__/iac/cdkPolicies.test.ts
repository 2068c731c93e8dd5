// CDK beyond addToPolicy: `new iam.Policy` / `new iam.ManagedPolicy` attached to the role (their
// `statements` array grows), and the construct's own grant (`bucket.grantPut(role)`) when the
// file declares the resource the fix is about.
import { at } from '../support/at.js'
import { allow, patch, roleRemedy } from './patchFiles.js'
import { allowing, cdkStatements } from './policyReader.js'

const stack = `import { Stack, StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export class ReportsStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const reports = new s3.Bucket(this, 'ReportsBucket', {
      bucketName: 'acme-reports',
      enforceSSL: true,
    });
    const jobs = new sqs.Queue(this, 'ReportJobs');

    const worker = new iam.Role(this, 'WorkerRole', {
      roleName: 'report-worker',
      assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'),
    });
    reports.grantRead(worker);

    const policy = new iam.ManagedPolicy(this, 'WorkerPolicy', {
      statements: [
        new iam.PolicyStatement({
          actions: ['sqs:ReceiveMessage'],
          resources: ['arn:aws:sqs:eu-west-1:111122223333:report-jobs'],
        }),
      ],
    });
    worker.addManagedPolicy(policy);
  }
}
`
const file = { 'lib/reports-stack.ts': stack }

describe('CDK policies and grants', () => {
  it("a ManagedPolicy attached with addManagedPolicy: its matching statement's actions grow", async () => {
    const queue = 'arn:aws:sqs:eu-west-1:111122223333:report-jobs'
    const { loc, after } = await patch(
      file,
      roleRemedy('report-worker', [allow('sqs:DeleteMessage', queue)])
    )
    // The role's own definition comes first; the policy is the second location.
    expect(loc.resource).toBe("iam.Role 'WorkerRole'")
    expect(cdkStatements(after)).toHaveLength(cdkStatements(stack).length + 1)
    const { after: viaPolicy } = await patch(
      file,
      roleRemedy('report-worker', [allow('sqs:DeleteMessage', queue)]),
      1
    )
    const before = cdkStatements(stack)
    const read = cdkStatements(viaPolicy)
    expect(read).toHaveLength(before.length)
    expect(at(allowing(read, 'sqs:DeleteMessage', queue)).Action).toEqual([
      'sqs:ReceiveMessage',
      'sqs:DeleteMessage'
    ])
  })

  it('a ManagedPolicy: a statement for another resource is a new element of `statements`', async () => {
    const other = 'arn:aws:sqs:eu-west-1:111122223333:report-dlq'
    const { after } = await patch(
      file,
      roleRemedy('report-worker', [allow('sqs:SendMessage', other)]),
      1
    )
    expect(cdkStatements(after)).toHaveLength(cdkStatements(stack).length + 1)
    expect(allowing(cdkStatements(after), 'sqs:SendMessage', other)).toHaveLength(1)
  })

  it('the bucket the file declares: the narrowest grant that covers the action', async () => {
    const { loc, after } = await patch(
      file,
      roleRemedy('report-worker', [allow('s3:PutObject', 'arn:aws:s3:::acme-reports/daily/*')])
    )
    expect(loc.patch).toContain('+    reports.grantPut(worker);')
    expect(after).not.toContain('s3:PutObject')
  })

  it('a bucket the file does not declare, or actions no grant covers: addToPolicy', async () => {
    const { after } = await patch(
      file,
      roleRemedy('report-worker', [allow('s3:PutBucketPolicy', 'arn:aws:s3:::acme-reports')])
    )
    expect(after).not.toContain('grantWrite')
    expect(
      allowing(cdkStatements(after), 's3:PutBucketPolicy', 'arn:aws:s3:::acme-reports')
    ).toHaveLength(1)
  })
})
