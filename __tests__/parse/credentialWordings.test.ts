// Credential refusals in wordings the older rules did not read: S3's `No AWSAccessKey was
// presented`, rain's `could not establish AWS credentials`, the EKS API server refusing helm
// where Karpenter or the CloudFormation registry's Helm resource places the cluster on EKS, and
// boto 2 with no key to sign with.
// Texts are as printed in the sources named with each case.
import { parseText } from './parseText.js'

function read(text: string) {
  return parseText(text).map((f) => [f.kind, f.code, f.detail.cause ?? null])
}

describe('S3 answering a request without an access key', () => {
  it('github-file:find_string#9895836938 (CodeBuild uploading its artifacts, Go SDK v1)', () => {
    const text =
      'When I update the CodeBuild project and try to upload the artifact to S3, I got the following error message:\n\n```\nError in UPLOAD_ARTIFACTS phase: AccessDenied: No AWSAccessKey was presented.\n    status code: 403, request id: EWJVCNHW386KXWP4, host id: scOqv0WG4j8sRnjvpAUmfGnaIFXCH9NABUQRK1fPmWPapJmGRCvrQQm6OE+1E5bQYEoRgqErwkU=\n```'
    expect(read(text)).toEqual([['credentials', 'AccessDenied', 's3-no-access-key']])
    expect(parseText(text)[0]!.explanation).toContain('Region')
  })

  it('own: the XML body a pre-signed URL with a lost credential gets', () => {
    expect(
      read(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>No AWSAccessKey was presented.</Message><RequestId>8T2K</RequestId></Error>'
      )
    ).toEqual([['credentials', 'AccessDenied', 's3-no-access-key']])
  })

  it.each([
    [
      'github-file:find_string#9718726152 (an S3-compatible server declaring the message in Go)',
      '\tErrNoAccessKey: {\n\t\tErrCode:        ErrNoAccessKey,\n\t\tCode:           "AccessDenied",\n\t\tDescription:    "No AWSAccessKey was presented",\n\t\tHTTPStatusCode: http.StatusForbidden,\n\t},'
    ],
    [
      'own: MinIO named on the line',
      'mc: <ERROR> Unable to list folder. MinIO server at http://minio.local:9000 says: AccessDenied: No AWSAccessKey was presented.'
    ]
  ])('%s: no finding', (_source, text) => {
    expect(read(text)).toEqual([])
  })
})

describe("rain's credentials message", () => {
  it('own: rain deploy with no profile', () => {
    expect(
      read(
        "$ rain deploy template.yaml my-stack\ncould not establish AWS credentials; please run 'aws configure' or choose a profile"
      )
    ).toEqual([['credentials', null, 'missing']])
  })

  it('github-file:find_string#9590019116 (a Homebrew formula test asserting the message): no finding', () => {
    expect(
      read(
        '  test do\n    # No other operation is possible without valid AWS credentials configured\n    output = shell_output("#{bin}/aws-console 2>&1", 1)\n    assert_match "could not establish AWS credentials; please run \'aws configure\' or choose a profile", output\n  end'
      )
    ).toEqual([])
  })
})

describe('the EKS API server refusing helm', () => {
  it.each([
    [
      'terraform-aws-modules/terraform-aws-eks#3088 (Terraform helm provider installing Karpenter)',
      '# Error: Kubernetes cluster unreachable: the server has asked for the client to provide credentials\nwith helm_release.karpenter\non main.tf line 149, in resource "helm_release" "karpenter":\nresource "helm_release" "karpenter" {'
    ],
    [
      'own: the CloudFormation registry Helm resource (its handler message)',
      'Resource handler returned message: "Error: At Helm upgrade - Kubernetes cluster unreachable: the server has asked for the client to provide credentials"'
    ]
  ])('%s', (_source, text) => {
    expect(read(text)).toEqual([['credentials', null, 'eks-not-mapped']])
  })

  it.each([
    [
      'keras-team/kinetic#285 (Pulumi against a cluster nothing places on EKS)',
      '│ configured Kubernetes cluster is unreachable: unable to load schema information from the API server: the  │\n│ server has asked for the client to provide credentials                                                    │'
    ],
    [
      'own: helm on a workstation, the word Helm install in prose',
      'At the Helm install step it failed:\nError: Kubernetes cluster unreachable: the server has asked for the client to provide credentials'
    ]
  ])('%s: no finding', (_source, text) => {
    expect(read(text)).toEqual([])
  })
})

describe('boto 2 with no key to sign with', () => {
  it("trailofbits/algo#127 (Ansible's ec2 modules on boto 2)", () => {
    expect(
      read(
        'TASK [cloud-ec2 : Configure EC2 virtual private clouds] ************************\nfatal: [localhost]: FAILED! => {"changed": false, "failed": true, "msg": "No handler was ready to authenticate. 1 handlers were checked. [\'HmacAuthV4Handler\'] Check your credentials"}'
      )
    ).toEqual([['credentials', null, 'missing']])
  })

  it('own: the plural, from a client with two handlers', () => {
    expect(
      read(
        "boto.exception.NoAuthHandlerFound: No handler was ready to authenticate. 2 handlers were checked. ['HmacAuthV4Handler', 'HmacAuthV1Handler'] Check your credentials"
      )
    ).toEqual([['credentials', null, 'missing']])
  })

  it('own: the words about handlers of an unrelated framework are no finding', () => {
    expect(read('No handler was ready to process the event; 3 listeners were registered.')).toEqual(
      []
    )
  })
})
