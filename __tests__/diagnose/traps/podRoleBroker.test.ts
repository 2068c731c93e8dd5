// kube2iam and kiam assume a pod's annotated role with the node's (kiam: the server's) role by
// design: the pod role's trust policy and that role's identity policy decide (WD952).
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'pod-role-broker'

describe(TRAP, () => {
  it('jtblin/kube2iam#327 (h38-023): the node session assuming the pod role: trust and identity sides, kube2iam or kiam', () => {
    const { f } = analysedOne(corpusText('heldout38.jsonl', 'h38-023'))
    expect(f.traps).toContain(TRAP)
    expect(f.inferred?.signals?.['pod-role-broker']?.value).toBe('kube2iam or kiam')
    expect(f.explanation).toContain('`iam.amazonaws.com/role` annotation')
    expect(f.explanation).toContain('not `*`')
  })

  it('kube2iam named in the log is said as such, with the node role', () => {
    const { f } = analysedOne(
      'time="2021-10-25T10:15:15Z" level=error msg="kube2iam: Error assuming role AccessDenied: User: arn:aws:sts::111122223333:assumed-role/nodes-role/i-0123456789abcdef0 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/app"'
    )
    expect(f.explanation).toMatch(/^kube2iam served this pod's credentials/)
    expect(f.explanation).toContain("with the node's instance role (here `nodes-role`)")
  })

  it('uswitch/kiam#273 (h38-024): no action printed: the refused call is the server’s sts:AssumeRole', () => {
    const { f } = analysedOne(corpusText('heldout38.jsonl', 'h38-024'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toContain('The refused call is that sts:AssumeRole.')
  })

  it('counter-case: another call refused in a kube2iam log is not the broker’s', () => {
    const { f } = analysedOne(
      'kube2iam pod.iam.role=arn:aws:iam::111122223333:role/app\nUser: arn:aws:sts::111122223333:assumed-role/app/x is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::data/k'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
