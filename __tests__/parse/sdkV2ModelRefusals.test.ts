// The Java SDK v2's fully qualified exception class with the SDK's suffix (rule WD833): a refusal
// whatever words the service chose. Sources: heldout9 h9-099 (apache/iceberg#11126, Lake
// Formation), h9-100 (awslabs/aws-glue-libs#225, Glue wrapped by the reporter),
// aws/aws-toolkit-jetbrains#4223 (SSO OIDC).
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

describe('Java SDK v2 model exceptions', () => {
  it('reads Lake Formation’s own words under its AccessDeniedException class', () => {
    expect(only(corpusText('heldout9.jsonl', 'h9-099'))).toMatchObject({
      kind: 'denial',
      code: 'AccessDeniedException',
      service: 'lakeformation'
    })
  })

  it('reads Glue’s class with the message wrapped onto the next line', () => {
    expect(only(corpusText('heldout9.jsonl', 'h9-100'))).toMatchObject({
      kind: 'denial',
      code: 'AccessDeniedException',
      service: 'glue'
    })
  })

  it('reads the SSO OIDC refusal from the JetBrains toolkit (aws-toolkit-jetbrains#4223)', () => {
    const [f] = parseText(
      'software.amazon.awssdk.services.ssooidc.model.AccessDeniedException: Service returned error code AccessDeniedException (Service: SsoOidc, Status Code: 400, Request ID: 29cb54a5-887f-4374-817e-e80d0909efa0)\n' +
        '\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)\n'
    )
    expect(f).toMatchObject({ kind: 'denial', code: 'AccessDeniedException' })
  })

  it('leaves a non-refusal class alone (NoSuchKeyException)', () => {
    expect(
      parseText(
        'software.amazon.awssdk.services.s3.model.NoSuchKeyException: The specified key does not exist. (Service: S3, Status Code: 404, Request ID: 8J3K2L1M0N9P8Q7R)\n'
      )
    ).toEqual([])
  })

  it('leaves source that catches the class alone (no SDK suffix)', () => {
    expect(
      parseText(
        '} catch (software.amazon.awssdk.services.glue.model.AccessDeniedException: e) {\n  log.warn("Lake Formation said no, retrying")\n}\n'
      )
    ).toEqual([])
  })
})
