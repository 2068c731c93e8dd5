// An ECR registry read refused with a bare 403 (heldout14 third review, h14-125): the repository
// ARN from the registry URI the log prints (its `/v2/REPO/manifests/TAG` API path included), and
// the log-in-again step before any Allow, since an expired 12-hour login token is refused the same.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { corpusText } from '../support/corpusRecords.js'

function denial(text: string) {
  const found = analyzeText(text).findings.filter((f) => f.kind === 'denial')
  expect(found).toHaveLength(1)
  const remedies = buildRemedies(found)
  expect(validateRemedies(remedies, found)).toEqual([])
  return {
    f: found[0]!,
    resources: remedies.flatMap((r) => r.statements.flatMap((s) => [s.Resource ?? []].flat())),
    notes: remedies.flatMap((r) => r.notes).join('\n')
  }
}

// ko-build/terraform-provider-ko#185 (text as printed; the reporter masked account, Region, digest).
const KO_185 =
  'Error: [id=] create doPublish: publish: HEAD https://<ACCOUNT_ID>.dkr.ecr.<REGION>.amazonaws.com/v2/my_repository/blobs/sha256:<SHA>: unexpected status code 403 Forbidden (HEAD responses have no body, use GET for details)'

describe('the repository a registry URI names', () => {
  it('h14-125: account, Region and repository from the image and its /v2/ manifest URL', () => {
    const { f, resources, notes } = denial(corpusText('heldout14.jsonl', 'h14-125'))
    const repo = 'arn:aws:ecr:us-west-2:724013829182:repository/node'
    expect(f.inferred?.resource).toEqual({ value: repo, from: 'ECR repository URI in the log' })
    expect(resources).toContain(repo)
    expect(notes).not.toMatch(/<REPOSITORY_NAME>|<REGION>|<ACCOUNT_ID>/)
  })

  it('ko-build/terraform-provider-ko#185: the name from a blob URL, placeholders for the masks', () => {
    const { f } = denial(KO_185)
    expect(f.inferred?.resource?.value).toBe(
      'arn:aws:ecr:<REGION>:<ACCOUNT_ID>:repository/my_repository'
    )
  })

  it.each([
    // Own: a namespaced repository read through the API path alone, China partition.
    [
      'GET https://123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/v2/team/app/manifests/1.2.0: unexpected status code 403 Forbidden',
      'arn:aws-cn:ecr:cn-north-1:123456789012:repository/team/app'
    ],
    // Own: a repository really named v2/... (no manifests/blobs/tags after it) stays whole.
    [
      'failed to resolve source metadata for 123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/app:1.0: unexpected status from HEAD request at https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/v2/app/manifests/1.0: 403 Forbidden',
      'arn:aws:ecr:eu-west-1:123456789012:repository/v2/app'
    ]
  ])('own variant %#', (text, arn) => {
    expect(denial(text).f.inferred?.resource?.value).toBe(arn)
  })

  it.each([
    // Own: a host that only starts like ECR's (another domain after amazonaws.com).
    'GET https://123456789012.dkr.ecr.eu-west-1.amazonaws.com.example.net/v2/app/manifests/1: unexpected status code 403 Forbidden',
    // Own: everything masked, the repository too: nothing to fill in.
    'GET https://XXX.dkr.ecr.XXX.amazonaws.com/v2/xxx/manifests/1: unexpected status code 403 Forbidden'
  ])('no repository read from a look-alike or a fully masked host: %s', (text) => {
    const found = analyzeText(text).findings
    expect(found.map((f) => f.inferred?.resource?.value ?? null)).not.toContainEqual(
      expect.stringMatching(/:repository\//)
    )
  })
})

describe('an ECR registry read refused: log in again first', () => {
  it.each([
    ['heldout14 h14-125', corpusText('heldout14.jsonl', 'h14-125')],
    // fluxcd/source-controller#1011 (heldout11 h11-086): Helm's manifest pull from ECR.
    ['fluxcd/source-controller#1011', corpusText('heldout11.jsonl', 'h11-086')]
  ])('%s: the explanation opens with get-login-password | docker login', (_n, text) => {
    const { f } = denial(text)
    expect(f.explanation).toMatch(
      /^ECR refused the registry read[^.]*\.[^.]*Log in again first: an ECR login token lasts 12 hours/
    )
    expect(f.explanation).toContain('aws ecr get-login-password')
  })

  it('a denial that names its ECR action keeps its own explanation', () => {
    // pytorch/pytorch#137361 (a push refused by the repository policy)
    const { f } = denial(
      'User: arn:aws:sts::391835788720:assumed-role/ghci-lf-github-action-runners-runner-role/i-03d4fc4f0ea90c6cd is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:308535385114:repository/pytorch/pytorch-linux-jammy-py3-clang18-asan because no resource-based policy allows the ecr:InitiateLayerUpload action'
    )
    expect(f.explanation).not.toMatch(/Log in again first/)
  })
})
