// The call a bare refusal concerns, from the tool's own words around it (src/infer/contextActions.ts).
// heldout8 review class 5 (issue 17): an uploader's "upload exception = Access Denied" names
// s3:PutObject as plainly as Terraform's "Error uploading object to S3 bucket".
import { contextAction } from '../../src/infer/contextActions.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'
import { logContext } from '../support/logContext.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'

describe('uploads and downloads in the tool’s words', () => {
  it.each([
    // heldout8 h8-063 (sm55555/Cloud, aws/s3/error.md): a Java handler's debug line.
    ['heldout8 h8-063', corpusText('heldout8.jsonl', 'h8-063'), 's3:PutObject'],
    // heldout3 h3-179 (github-file:find_string#68832645160): a changelog quoting the old answer.
    [
      'a photo upload relayed to the caller',
      '  `Photo upload failed: Access Denied (Service: S3, Status Code: 403, Request ID: null)`. The\n',
      's3:PutObject'
    ],
    // deliciousbrains/wp-amazon-s3-and-cloudfront#40, as printed.
    [
      'the WordPress plugin',
      'Jan 20 17:14:33 dev apache2[4194]: [error] [client 192.168.33.1] Error uploading $IMAGE to S3: Access Denied, referer: $MYBLOG/wp-admin/post-new.php\n',
      's3:PutObject'
    ]
  ])('%s → %s', (_n, text, action) => {
    const [f] = analyzeText(text).findings.filter((x) => x.kind === 'denial')
    expect(f?.inferredAction).toBe(action)
    expect(f?.inferred?.action?.from).toBe('the upload the log names')
  })

  it('a download refused is s3:GetObject', () => {
    expect(
      contextAction(
        logContext(
          'download exception = Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)'
        ),
        's3',
        false
      )?.value
    ).toBe('s3:GetObject')
  })

  it.each([
    [
      'an upload said lines before the refusal',
      logContext(
        'Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)',
        'Uploading artifacts...\nUpload finished with errors'
      )
    ],
    [
      'an upload word far from the refusal on its line',
      logContext(
        'upload error handling was reworked in this release, see the changelog for the list of all the fixes we made; the bucket said Access Denied'
      )
    ]
  ])('counter-case: nothing for %s', (_n, ctx) => {
    expect(['s3:PutObject', 's3:GetObject']).not.toContain(contextAction(ctx, 's3', false)?.value)
  })

  it('counter-case: the words answer for S3 only, not for another service’s refusal', () => {
    expect(
      contextAction(logContext('upload failed: Access Denied'), 'ecr', false)?.value
    ).toBeUndefined()
  })
})

// heldout11 review2 (issue 17): a manifest read refused after the client authenticated.
describe('an ECR manifest request answered 403', () => {
  /** Every action the proposed statements grant, with its resources (validated). */
  function grants(text: string): Record<string, string[]> {
    const found = analyzeText(text).findings.filter((f) => f.kind === 'denial')
    expect(found).toHaveLength(1)
    const remedies = buildRemedies(found)
    expect(validateRemedies(remedies, found)).toEqual([])
    const out: Record<string, string[]> = {}
    for (const st of remedies.flatMap((r) => r.statements))
      for (const a of [st.Action].flat()) (out[a] ??= []).push(...[st.Resource ?? []].flat())
    return out
  }

  it.each([
    ['heldout11 h11-086 (fluxcd/source-controller#1011)', corpusText('heldout11.jsonl', 'h11-086')],
    // aws/aws-cdk#29876 (real-b b264): an ECS task's stopped reason.
    ['aws/aws-cdk#29876', corpusText('real-b.jsonl', 'b264')],
    // Own variant: go-containerregistry's wording on a GET.
    [
      'own: crane GET',
      'Error: GET https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/team/app/manifests/1.2.0: unexpected status code 403 Forbidden\n'
    ]
  ])('%s: ecr:BatchGetImage, with the pull set and the token call on *', (_n, text) => {
    const g = grants(text)
    expect(g['ecr:BatchGetImage']).toBeDefined()
    expect(g['ecr:GetDownloadUrlForLayer']).toEqual(g['ecr:BatchGetImage'])
    expect(g['ecr:GetAuthorizationToken']).toEqual(['*'])
  })

  it('aws/aws-cdk#29876: the repository the ref names', () => {
    expect(grants(corpusText('real-b.jsonl', 'b264'))['ecr:BatchGetImage']).toEqual([
      'arn:aws:ecr:us-east-1:123456789123:repository/a2-ecr-app-repo'
    ])
  })

  it.each([
    // aws/karpenter-provider-aws#3441: ECR Public with a stale login is another service and cause.
    [
      'public.ecr.aws',
      'Error: pulling from host public.ecr.aws failed with status code [manifests v0.27.0]: 403 Forbidden\n'
    ],
    // Own: another registry's host, and a 401 (no token sent) on ECR.
    [
      'ghcr.io',
      'Error: pulling from host ghcr.io failed with status code [manifests v1]: 403 Forbidden\n'
    ],
    [
      'a 401 on ECR',
      'Error: unexpected status from HEAD request to https://123456789012.dkr.ecr.eu-west-1.amazonaws.com/v2/app/manifests/1.0: 401 Unauthorized\n'
    ]
  ])('counter-case %s: no BatchGetImage', (_n, text) => {
    for (const f of analyzeText(text).findings)
      expect(f.inferredAction).not.toBe('ecr:BatchGetImage')
  })
})
