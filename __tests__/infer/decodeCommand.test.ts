// A refusal printed without its encoded message while the text carries the blob in the command
// that decodes it: the explanation leads with decoding it, and the call the text names is the
// action (heldout13 second review, h13-165). Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'

// hashicorp/terraform-provider-aws#28934: the maintainer's command as printed (blob quoted).
const TF_28934 =
  "aws sts decode-authorization-message --encoded-message 'jx3jPZ-rb36N6LwLJFtO6vmNpV9eH2o1bwVmEh66ux_cIglZ5hrC3JGyOoknv8ya4chXCQCJX59kjM68Mkze8MbYJgJDA1S0FY-FOIonO7HXIXNhkHK-US5wCd95zWPtBxdF7kfY1PoBoXY9QGrKyHM4Z5mkaOwjYvSdtT5vrP4Vv0uBlzgsCxUWvxR7KAdJbtu-4TJitqQcvEzG_sbDDtes3KyZOrGx6JebzAVKKQlIrw7bc2kYZEksBqwSAc28pbiC-5Mn9d_djgP-NZ4WWmbzeNqDLtt4tIytKYDdfyKmb2PgDNSuqkI3G4ZMXfIWyHCgmBdkP_k3b0d7w49sxbeqtqlnRKBAh-qkovtxqqlIdR7a9lI_E1bGbfvpC2mQIrd2mS_Gcc66hoRkz9kkw_y0yFp4Ut1bfA0CYDWb_D_90cFPSYz5QCIAuKFvu9zNRnsxd4UkdUtXNcDWGzd3e5c9a08QtmxTsoBRSB2nxph-YqDRr8m65wGGAuQMrtUl9ZQRkVNEfZYUh99q-X9zpj_nW4OhGyu6YM1-ZH0nX_F_xXKOALkkR15ijQhikHv8842IM2hX5JENIB2Q6WFEqmTbdrz9A9ly9N0IP_mMTcFe6VYwRtt296g3PEQVsSJRk3fmu7abNFBXuS9jWP4yzNSTQx-dDg'"

const LEAD = /^The text carries the encoded authorization message in a decode command/

describe('the blob in a decode command beside a refusal printed without it', () => {
  it('heldout13 h13-165 (ministryofjustice/modernisation-platform#4755): decode first, the call is ec2:RunInstances', () => {
    const { f, statements } = analysedOne(corpusText('heldout13.jsonl', 'h13-165') + '\n')
    expect(f.kind).toBe('denial')
    // No Allow before decoding: the refused action may be another than the call's own.
    expect(statements).toEqual([])
    expect(f.inferredAction).toBe('ec2:RunInstances')
    expect(f.inferred?.action?.from).toMatch(/"RunInstances" API call/)
    expect(f.explanation).toMatch(LEAD)
    expect(f.explanation).toContain('--encoded-message Kqrv7rqm0Iuv30uK…')
  })

  it('hashicorp/terraform-provider-aws#28934: the quoted blob in the command asked for below a bare refusal', () => {
    // Our bare EC2 refusal above the maintainer's command.
    const { f, statements } = analysedOne(
      `Error: UnauthorizedOperation: You are not authorized to perform this operation.\nWhat does this command reveal:\n${TF_28934}\n`
    )
    expect(f.explanation).toMatch(LEAD)
    expect(f.inferred?.signals?.['decode-command']?.value).toBe('jx3jPZ-rb36N6LwL…')
    expect(statements).toEqual([])
  })

  it('vmware-archive/terraforming-aws#73: the command with its decoded output shown needs no decoding', () => {
    // The command's shape and the decoded JSON's head as printed there (blob shortened by us),
    // below our bare refusal.
    const text = [
      'Error: UnauthorizedOperation: You are not authorized to perform this operation.',
      `${TF_28934.slice(0, 160)} | jq -r -c ".DecodedMessage" | jq .`,
      '{',
      '  "allowed": false,',
      '  "explicitDeny": false,',
      '  "matchedStatements": {'
    ].join('\n')
    const { findings } = analysed(text + '\n')
    expect(findings.some((f) => f.inferred?.signals?.['decode-command'])).toBe(false)
  })

  it.each([
    // Own: the documentation's placeholder is no blob.
    ['a placeholder', 'aws sts decode-authorization-message --encoded-message <encoded-message>'],
    // Own: a blob too short to be STS's (cut by the writer).
    ['a cut blob', 'aws sts decode-authorization-message --encoded-message Kqrv7rqm0Iuv30uKGOeE']
  ])('own counter-case: %s gives no decode lead', (_n, command) => {
    const { f } = analysedOne(
      `Error: UnauthorizedOperation: You are not authorized to perform this operation.\n${command}\n`
    )
    expect(f.explanation).not.toMatch(LEAD)
  })
})
