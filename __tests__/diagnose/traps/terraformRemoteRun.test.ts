// WD958: a credentials failure in a Terraform run on HCP Terraform / Terraform Enterprise is the
// workspace's credentials, not the machine's (heldout16 review h16-019: `Running apply in the
// remote backend`, the provider finding no credentials). Counter-case: a local run.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'terraform-remote-run'
const NO_CREDENTIALS =
  'Error: error configuring Terraform AWS Provider: no valid credential sources for Terraform AWS Provider found.'

describe('terraform-remote-run (WD958)', () => {
  it("h16-019 (the banner 19 lines above): the workspace's credentials, no policy", () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-019'))
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toMatch(/^The run executes on HCP Terraform/)
    expect(f.explanation).toContain('TFC_AWS_RUN_ROLE_ARN')
    expect(statements).toEqual([])
    expect(notes).toContain('No policy change is proposed: the run executes on HCP Terraform')
  })

  it("own: the run's URL alone names the remote run", () => {
    const text = `To view this run in a browser, visit:\nhttps://app.terraform.io/app/acme/infra-prod/runs/run-abc123\n\n${NO_CREDENTIALS}`
    expect(analysedOne(text).f.traps).toContain(TRAP)
  })

  it('own counter-case: a local run has no such cause', () => {
    const text = `$ terraform apply\nRefreshing state...\n${NO_CREDENTIALS}`
    expect(analysedOne(text).f.traps).not.toContain(TRAP)
  })
})
