// Every rendering carries the conditions of the statement it renders. heldout11 review h11-166
// (awslabs/aws-automated-incident-response-and-forensics#13): the JSON statement letting SNS
// invoke a function held aws:SourceArn/aws:SourceAccount, but the Terraform aws_lambda_permission,
// CDK addPermission and CLI add-permission forms dropped them, so any topic in any account could
// invoke it. Checked over every corpus record whose remedy has a statement with a Condition.
import { corpusPass } from '../support/corpusPass.js'

const records = await corpusPass()

/** Each condition's key and value(s), as the JSON statement holds them. */
function conditionPairs(condition: Record<string, Record<string, unknown>>): [string, string][] {
  return Object.values(condition).flatMap((byKey) =>
    Object.entries(byKey).flatMap(([key, v]) =>
      (Array.isArray(v) ? v : [v]).map((x): [string, string] => [key, String(x)])
    )
  )
}

const missing: string[] = []
let checked = 0
for (const record of records)
  for (const r of [...record.remedies, ...record.oidcRemedies])
    for (const s of r.statements) {
      if (!s.Condition) continue
      for (const [kind, text] of Object.entries(r.renderings ?? {})) {
        // The diff is the JSON itself; a CLI that edits a whole document adds the diff's statements.
        if (typeof text !== 'string' || kind === 'diff' || /from the diff/.test(text)) continue
        checked++
        for (const [key, value] of conditionPairs(s.Condition as never))
          // HCL writes an IAM policy variable `${…}` as `$${…}`, its literal form.
          if (!text.includes(kind === 'terraform' ? value.replace(/\$\{/g, '$$${') : value))
            missing.push(`${record.file}:${record.id} ${kind} lacks ${key} = ${value}`)
      }
    }

test('no rendering drops a condition of its statement', () => {
  expect(missing).toEqual([])
  expect(checked).toBeGreaterThan(50)
})
