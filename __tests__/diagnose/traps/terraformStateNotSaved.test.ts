// WD974 (heldout28 review h28-038): Terraform applied, then could not save its state. The state it
// kept locally is pushed first, before fresh credentials or any Allow.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

describe('terraform-state-not-saved', () => {
  it('h28-038 (the session expired mid-apply): state push first, then a longer session', () => {
    const { f, notes } = analysedOne(corpusText('heldout28.jsonl', 'h28-038'))
    expect(f.traps).toContain('terraform-state-not-saved')
    expect(notes).toMatch(/^Terraform applied the changes but could not save the state/)
    expect(notes).toMatch(/terraform state push errored\.tfstate/)
    expect(f.explanation).toMatch(/role-duration-seconds/)
  })

  it('own: a state upload refused by the bucket policy gets the same first step', () => {
    const { f } = analysedOne(
      '│ Error: Failed to save state\n│\n│ Error saving state: failed to upload state: operation error S3: PutObject, https response error StatusCode: 403, RequestID: 1, HostID: 2, api error AccessDenied: Access Denied'
    )
    expect(f.traps).toContain('terraform-state-not-saved')
  })

  it('counter-case: a state read refused at init is no unsaved apply', () => {
    const { f } = analysedOne(
      '│ Error: Error refreshing state: AccessDenied: Access Denied\n│ \tstatus code: 403, request id: 1, host id: 2'
    )
    expect(f.traps).not.toContain('terraform-state-not-saved')
  })
})
