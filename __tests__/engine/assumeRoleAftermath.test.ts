// A "no credentials" report right below a refused AssumeRole is that refusal's effect (issue 17,
// heldout11 review: h11-004), folded into it; any other "no credentials" stays a finding.
import { analyzeText } from '../../src/engine/Analysis.js'

const kinds = (text: string) => analyzeText(text).findings.map((f) => f.kind)

// heldout11 h11-004, lingrino/infra-personal#23 (Atlantis plan comment), as printed.
const ATLANTIS = `An error occurred (AccessDenied) when calling the AssumeRole operation: Access denied

Refreshing Terraform state in-memory prior to plan...
The refreshed state will be used to calculate this plan, but will not be
persisted to local or remote state storage.

data.terraform_remote_state.organization: Refreshing state...

Error: No valid credential sources found for AWS Provider.
	Please see https://terraform.io/docs/providers/aws/index.html for more information on
	providing credentials for the AWS Provider`

describe('no credentials after a refused AssumeRole', () => {
  it('h11-004: one finding, the AssumeRole refusal', () => {
    expect(kinds(ATLANTIS)).toEqual(['denial'])
  })

  it('a second real form: rain refused AssumeRole, then could not establish credentials', () => {
    // aws-cloudformation/rain#205, as printed (its own masks kept).
    const text = `DEBUG: Error retreiving creds: failed to refresh cached credentials, operation error STS: AssumeRole, https response error StatusCode: 403, RequestID: ****,  api error AccessDenied: User: arn:aws:sts::****:assumed-role/user@example.com/user@example.com is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{destination_account}:role/devopsL2analyst
panic: could not establish AWS credentials; please run 'aws configure' or choose a profile`
    expect(kinds(text)).toEqual(['denial'])
  })

  it('negative: "no credentials" printed before the refusal is its own failure', () => {
    const text =
      'Error: NoCredentialProviders: no valid providers in chain. Deprecated.\n' +
      'An error occurred (AccessDenied) when calling the AssumeRole operation: Access denied'
    expect(kinds(text).sort()).toEqual(['credentials', 'denial'])
  })

  it('negative: far below the refusal (another step), it stays', () => {
    const text =
      'An error occurred (AccessDenied) when calling the AssumeRole operation: Access denied\n' +
      Array.from({ length: 20 }, (_, i) => `step ${i} ok`).join('\n') +
      '\nError: NoCredentialProviders: no valid providers in chain. Deprecated.'
    expect(kinds(text).sort()).toEqual(['credentials', 'denial'])
  })

  it('negative: another refusal above does not absorb it', () => {
    const text =
      'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied\n' +
      'Error: NoCredentialProviders: no valid providers in chain. Deprecated.'
    expect(kinds(text).sort()).toEqual(['credentials', 'denial'])
  })
})
