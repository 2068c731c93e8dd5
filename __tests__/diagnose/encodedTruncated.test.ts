// Issue 17, M2: the encoded-message marker with the blob cut, masked or left out. Say so, give the
// decode command, name the call the tool's words imply, and draft no Allow (class 15 still holds).
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'

function analysed(text: string) {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  expect(findings).toHaveLength(1)
  return { f: findings[0]!, statements: remedies.flatMap((r) => r.statements) }
}

const DECODE = 'aws sts decode-authorization-message --encoded-message <BLOB>'

describe('a lost encoded message', () => {
  it.each<[string, string, string, string, string]>([
    [
      // Held-out h145 (aws/karpenter-provider-aws#1488): the reporter masked the blob. `with fleet
      // error(s)` is a launch the fleet made, RunInstances' checks (heldout15 review h15-096).
      'masked (held-out h145)',
      'ERROR controller.provisioning Launching node, creating cloud provider machine, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: ****',
      'encoded',
      'masked',
      'ec2:RunInstances'
    ],
    [
      // aws/karpenter-provider-aws#2519: the issue title cut the blob short.
      'cut (karpenter-provider-aws#2519)',
      'ERROR\tcontroller.provisioning\tProvisioning failed, launching node, creating cloud provider instance, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: XZX0joSxj6TJ98',
      'encoded',
      'cut',
      'ec2:RunInstances'
    ],
    [
      // Held-out h003 (hashicorp/terraform#12927): the marker alone, in Terraform's old list.
      'left out (held-out h003)',
      'Error applying plan:\nstatus code: 403, request id: 7a205582-0850-4fa1-8ed3-fe3c111d58c4\n* aws_instance.xxxx_xxxx: UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message:',
      // A marker with nothing after it is no encoded message by the corpus rule (d-labels).
      'denial',
      'missing',
      'ec2:RunInstances'
    ],
    [
      'own: an ellipsis after a long-enough start',
      '* aws_instance.web: Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: p1EyykaD2fI3csh_sf_WvdHF_s5IYypR-3EcbaGMemY_lrLJhI9yhfwzJxUfir6yM4mJMUmX…',
      'encoded',
      'cut',
      'ec2:RunInstances'
    ]
  ])('%s', (_, text, kind, cut, likely) => {
    const { f, statements } = analysed(text)
    expect(f).toMatchObject({ kind, encodedMessage: null, detail: { encodedTruncated: cut } })
    expect(f.title).toMatch(/the details are in an encoded message/)
    expect(f.explanation).toMatch(/cannot be decoded from this log/)
    expect(f.explanation).toContain(DECODE)
    expect(f.explanation).toContain(`most likely \`${likely}\``)
    expect(f.explanation).not.toMatch(/HEAD request/)
    // No Allow before decoding, not even for the likely call.
    expect(statements).toEqual([])
  })

  it('a whole blob (asquarezone/TerraformZone#1) is kept for decoding, not called truncated', () => {
    const { f, statements } = analysed(
      '* aws_instance.iOne: Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: p1EyykaD2fI3csh_sf_WvdHF_s5IYypR-3EcbaGMemY_lrLJhI9yhfwzJxUfir6yM4mJMUmXALL-L3CURvK71l41YQfZxzmEjzm8RDi3b5TN5ejeSQ8o8bUBCccHucYOswgQG-xJNiGcSVpTAY6-L6A6xqQG6vYlk8DwkyHHMaIp7wmkEtUQ4hktsHdo8rcPsSKAUkgS8Iyx8eJxTevYN5xQVVbh0IcuOqHMM-qLttAuKUaEvEwUvmX_1wnj8mbC-HVMkFGwtAWxRjtYPie0RclyJNqtSYZRoqRHKXOvTNbnfnGgZ7NOQTrNPNIsO6ed3JgyvEDqrkNDf4sUI2tLGae5tK_HCyxGFd8KkwH2D1wtWHLDAy0VJ68IehrLQCvej-QtNRLkEU1oHNN-dsgAwQUenlx73JvdoTOhOOi7Cn0zakBBtWjPnMzkc4VlfcNyeZL_-kpa-hcPZ7uYjaObnU6QPY8hv1iWSLR9zb8uOU2j6JlczuKqMO9MMfy9LNM4Bzezpq8ppKVvrhFIh6Y-q_C_rTV_xJAPJZFFGT6jKs0N1wBYwUzIQiZLFgIPVHky9uN9I41XKzTi_UFU44LcvPRsdFTQpT64asMpcFsUuSTqpSmmzRaL_SMjadBiQCzkPRWNwG9r_B1ctndLficr1gXptABqRJo\n        status code: 403, request id: d7393c54-8a58-48cf-b3dd-dc05113c62fd'
    )
    expect(f.kind).toBe('encoded')
    expect(f.encodedMessage).toMatch(/^p1Eyyka.*ABqRJo$/)
    expect(f.detail.encodedTruncated).toBeUndefined()
    expect(f.explanation).not.toMatch(/cannot be decoded/)
    expect(statements).toEqual([])
  })

  it('the marker without its colon (held-out h146) is still read', () => {
    const { f } = analysed(
      'ERROR\tcontroller.provisioning\tCould not launch node, launching instances, creating fleet UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message'
    )
    expect(f.detail.encodedTruncated).toBe('missing')
    expect(f.explanation).toContain('most likely `ec2:CreateFleet`')
  })

  it('a bare aws_instance error without the marker gets no RunInstances guess (the provider reads many things)', () => {
    const { f } = analysed(
      '* aws_instance.opsman_az1: UnauthorizedOperation: You are not authorized to perform this operation.\n\tstatus code: 403, request id: 46002310-0e51-4f21-99ef-100739c97477'
    )
    expect(f.inferredAction).toBeNull()
  })
})
