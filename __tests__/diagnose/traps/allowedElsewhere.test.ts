// WD914 (heldout12 review, h12-091 and h12-093): an action with no resource-level permissions,
// refused for some targets while the log shows it working for others (or answering NotFound):
// the identity policy already allows it, so no Allow is drafted and the cause is elsewhere.
import { analysed, analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

// cloudavail/aws-missing-tools#88, as printed: the same DescribeVolumes works from the tool's
// own command line, before and after the script that is refused.
const MISSING_TOOLS_88 = `ec2-automate-backup-awscli.sh -r us-east-1 -s tag -t 'Backups-Nightly,Values=true' -k 31 -p -n
results in:
A client error (UnauthorizedOperation) occurred when calling the DescribeVolumes operation: You are not authorized to perform this operation.
An error occurred when running ec2-describe-volumes. The error returned is below:
(nothing below in reality)

I can run 'ec2-describe-volumes' without issue before and after ec2-automate-backup-awscli.sh and it returns my entire volume list in the region without issue.`

describe('allowed-elsewhere (WD914)', () => {
  it.each([
    ['review h12-091 (velero#5670): fails on 8 specific pods', reviewed('h12-091')],
    ['review h12-093 (velero#4337): InvalidVolume.NotFound beside it', reviewed('h12-093')],
    ['cloudavail/aws-missing-tools#88: the same call runs without issue', MISSING_TOOLS_88]
  ])('%s: no Allow, the cause is where the failing targets differ', (_s, text) => {
    const { findings, statements, notes } = analysed(text)
    const f = findings[0]!
    expect(f.traps[0]).toBe('allowed-elsewhere')
    expect(f.explanation).toMatch(/^`ec2:DescribeVolumes` has no resource-level permissions/)
    expect(f.explanation).toContain('another Region or account')
    expect(statements.flatMap((s) => [s.Action].flat())).not.toContain('ec2:DescribeVolumes')
    expect(notes.join('\n')).toContain(
      'No statement is proposed: `ec2:DescribeVolumes` takes no resource'
    )
  })

  it('own counter-cases: no sign of other targets working, or an action with resource-level permissions', () => {
    // The same Velero error alone: a missing Allow is still the first suspect.
    const alone = analysedOne(
      'time="2022-12-06T19:03:29Z" level=error msg="Error backing up item" backup=velero/b error="error getting volume info: rpc error: code = Unknown desc = UnauthorizedOperation: You are not authorized to perform this operation.\\n\\tstatus code: 403, request id: 3688a339-4214-424f-bf0e-c41ca1601c1a"'
    )
    expect(alone.f.traps).not.toContain('allowed-elsewhere')
    expect(alone.statements.flatMap((s) => [s.Action].flat())).toContain('ec2:DescribeVolumes')
    // ec2:CreateSnapshot takes the volume as its resource: some volumes may be allowed, others not.
    const scoped = analysedOne(
      'Backup fails for 3 specific volumes, every other volume backs up fine:\nAn error occurred (UnauthorizedOperation) when calling the CreateSnapshot operation: You are not authorized to perform this operation.'
    )
    expect(scoped.f.traps).not.toContain('allowed-elsewhere')
    // "other" words that are not about the call working: "all other steps were skipped".
    const skipped = analysedOne(
      'All other steps were skipped.\nAn error occurred (UnauthorizedOperation) when calling the DescribeVolumes operation: You are not authorized to perform this operation.'
    )
    expect(skipped.f.traps).not.toContain('allowed-elsewhere')
  })
})
