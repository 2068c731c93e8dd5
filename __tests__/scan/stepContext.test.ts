// What the scanner carries to inference: the step's command as the runner printed it, read only
// from context-fragment lines, bounded, and never the next step's for a denial parsed late.
import { describe, expect, it } from '@jest/globals'
import { Scanner } from '../../src/scan/Scanner.js'
import type { LogContext } from '../../src/model/Inferred.js'
import { StepContext } from '../../src/scan/stepContext.js'

function contexts(text: string): LogContext[] {
  const out: LogContext[] = []
  const s = new Scanner((_d, _line, ctx) => out.push(ctx))
  s.write(text)
  s.end()
  return out
}

const DENIAL =
  'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'

describe('the scanner hands each denial its step context', () => {
  it("keeps a denial's own step when the next step starts within the look-ahead", () => {
    const text = [
      '2026-11-23T09:14:02.1183021Z ##[group]Run aws s3 cp out.zip s3://first-bucket/out.zip',
      '2026-11-23T09:14:02.1236002Z ##[endgroup]',
      `2026-11-23T09:14:03.0000000Z upload failed: ./out.zip to s3://first-bucket/out.zip ${DENIAL}`,
      '2026-11-23T09:14:04.0000000Z ##[group]Run aws s3 cp b.zip s3://second-bucket/b.zip',
      '2026-11-23T09:14:04.0000001Z ##[endgroup]'
    ].join('\n')
    const [ctx] = contexts(text)
    expect(ctx!.command).toBe('aws s3 cp out.zip s3://first-bucket/out.zip')
    expect(ctx!.line).toContain('s3://first-bucket/out.zip')
  })

  it('reads a set -x trace and the role-to-assume of an earlier step', () => {
    const text = [
      '##[group]Run aws-actions/configure-aws-credentials@v4',
      'with:',
      '  role-to-assume: arn:aws:iam::111122223333:role/gha-deploy',
      '##[endgroup]',
      '+ aws s3 sync ./public s3://my-site-prod --delete',
      `upload failed: ./public/a.jpg to s3://my-site-prod/a.jpg ${DENIAL}`
    ].join('\n')
    const [ctx] = contexts(text)
    expect(ctx!.command).toBe('aws s3 sync ./public s3://my-site-prod --delete')
    expect(ctx!.roleToAssume).toBe('arn:aws:iam::111122223333:role/gha-deploy')
  })

  it('reads a caller ARN that get-caller-identity printed', () => {
    const text = [
      '{',
      '    "UserId": "AROAEXAMPLE:GitHubActions",',
      '    "Account": "111122223333",',
      '    "Arn": "arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions"',
      '}',
      DENIAL
    ].join('\n')
    expect(contexts(text)[0]!.callerArn).toBe(
      'arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions'
    )
  })

  it('adds each script line to the command once, however many context fragments it holds', () => {
    // The step of fwornle/curriculum-alignment run 18072192487 (`gh run view --log-failed`, as
    // pasted in a public session log; the raw log colours script lines, as the runner does):
    // `[36;1m` and ` s3://` are two context fragments on one line, and the line was added twice.
    const text = [
      '2025-09-28T09:17:52.6545825Z ##[group]Run aws s3 sync frontend-dist/ s3:/// \\',
      '2025-09-28T09:17:52.6546781Z \u001b[36;1maws s3 sync frontend-dist/ s3:/// \\\u001b[0m',
      '2025-09-28T09:17:52.6547555Z \u001b[36;1m  --delete \\\u001b[0m',
      '2025-09-28T09:17:52.6589230Z shell: /usr/bin/bash -e {0}',
      '2025-09-28T09:17:52.6594727Z ##[endgroup]',
      DENIAL
    ].join('\n')
    expect(contexts(text)[0]!.command).toBe(
      'aws s3 sync frontend-dist/ s3:/// \\\naws s3 sync frontend-dist/ s3:/// \\\n--delete \\'
    )
  })

  it('has no command or role where the log prints none', () => {
    const [ctx] = contexts(`echo deploying\n${DENIAL}\n`)
    expect(ctx).toMatchObject({ command: null, roleToAssume: null, callerArn: null })
  })
})

describe('StepContext', () => {
  it('appends script lines to their step, bounded', () => {
    const step = new StepContext()
    step.see('##[group]Run set -e', 1)
    for (let i = 0; i < 50; i++)
      step.see(`\u001b[36;1maws s3 cp f${i} s3://b/${'k'.repeat(100)}\u001b[0m`, 2 + i)
    const command = step.at(60).command!
    expect(command.startsWith('set -e\naws s3 cp f0 s3://b/')).toBe(true)
    expect(command.length).toBeLessThanOrEqual(2048)
  })

  it('takes no role-to-assume that is masked', () => {
    const step = new StepContext()
    step.see('  role-to-assume: ***', 1)
    expect(step.at(2).roleToAssume).toBeNull()
  })
})

describe('StepContext at its edges', () => {
  const ROLE = 'arn:aws:iam::111122223333:role/deploy'

  it('appends script lines up to 60 lines after the Run title, and none without a step', () => {
    const step = new StepContext()
    step.see('\u001b[36;1maws s3 ls\u001b[0m', 1)
    expect(step.at(1).command).toBeNull()
    step.see('##[group]Run set -e', 10)
    step.see('\u001b[36;1m  aws s3 cp a s3://b/a  \u001b[0m', 70)
    step.see('\u001b[36;1maws s3 cp c s3://b/c\u001b[0m', 71)
    expect(step.at(71).command).toBe('set -e\naws s3 cp a s3://b/a')
  })

  it('appends a script line seen twice once, and the next line still', () => {
    const step = new StepContext()
    step.see('##[group]Run set -e', 1)
    step.see('\u001b[36;1maws s3 cp a s3://b/a\u001b[0m', 2)
    step.see('\u001b[36;1maws s3 cp a s3://b/a\u001b[0m', 2)
    step.see('\u001b[36;1maws s3 cp c s3://b/c\u001b[0m', 3)
    expect(step.at(3).command).toBe('set -e\naws s3 cp a s3://b/a\naws s3 cp c s3://b/c')
  })

  it('takes a value from its own line on, and keeps the last two only', () => {
    const step = new StepContext()
    step.see('##[group]Run first  ', 1)
    step.see('##[group]Run second', 2)
    expect(step.at(2).command).toBe('second')
    expect(step.at(1).command).toBe('first')
    step.see('##[group]Run third', 3)
    expect(step.at(1).command).toBeNull()
  })

  it('reads set -x traces, timestamped or nested, and no "+ aws" inside another line', () => {
    const command = (text: string) => {
      const step = new StepContext()
      step.see(text, 1)
      return step.at(1).command
    }
    expect(command('2026-11-23T09:14:02.1183021Z + aws s3 cp a s3://b/a  ')).toBe(
      'aws s3 cp a s3://b/a'
    )
    expect(command('++ aws sts get-caller-identity')).toBe('aws sts get-caller-identity')
    expect(command('Hint: try + aws s3 ls')).toBeNull()
    expect(command('ab+ aws s3 ls')).toBeNull()
  })

  it('reads a role-to-assume and a caller ARN however they are spaced', () => {
    const step = new StepContext()
    step.see(`role-to-assume:${ROLE}`, 1)
    step.see(`  role-to-assume:   ${ROLE}-2`, 2)
    step.see('{"Arn":"arn:aws:sts::111122223333:assumed-role/deploy/s"}', 3)
    expect(step.at(1).roleToAssume).toBe(ROLE)
    expect(step.at(3)).toMatchObject({
      roleToAssume: `${ROLE}-2`,
      callerArn: 'arn:aws:sts::111122223333:assumed-role/deploy/s'
    })
  })
})

describe('canned ACLs named a paragraph above a refusal (heldout12 h12-052)', () => {
  it('joins the lines of one paragraph, farther up than the lines a record reads', () => {
    const text = [
      'It works: `Private`, `BucketOwnerRead`',
      'And it does not work for: `PublicRead`',
      '',
      'When it throws error, it is this:',
      '```',
      DENIAL
    ].join('\n')
    const [ctx] = contexts(text)
    expect(ctx!.aclNote).toBe(
      'It works: `Private`, `BucketOwnerRead`\nAnd it does not work for: `PublicRead`'
    )
    expect(ctx!.before).not.toContain('It works')
  })

  it('own: a private key or subnet is no ACL, and an ACL line too far up is dropped', () => {
    const far = ['aws s3 cp a s3://b/ --acl public-read', ...Array(14).fill('building...'), DENIAL]
    expect(contexts(far.join('\n'))[0]!.aclNote).toBeNull()
    const key = [
      'Loading the private key from private_key.pem',
      'module.vpc.aws_subnet.private[0]',
      DENIAL
    ]
    expect(contexts(key.join('\n'))[0]!.aclNote).toBeNull()
  })
})
