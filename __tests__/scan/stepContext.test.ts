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
