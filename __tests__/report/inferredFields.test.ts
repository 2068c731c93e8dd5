// Inferred values are shown with their source in every human format, escaped like any log value.
import { describe, expect, it } from '@jest/globals'
import { renderComment } from '../../src/report/renderComment.js'
import { renderMarkdown } from '../../src/report/renderMarkdown.js'
import { renderText } from '../../src/report/renderText.js'
import { findingFields } from '../../src/report/findingFields.js'
import { makeFinding, makeReport } from './makeReport.js'

const inferred = makeFinding({
  action: null,
  principal: null,
  resource: null,
  operation: 'PutObject',
  inferredAction: 's3:PutObject',
  inferred: {
    principal: {
      value: 'arn:aws:iam::111122223333:role/gha-deploy',
      from: 'sts:GetCallerIdentity'
    },
    resource: { value: 'arn:aws:s3:::my-site-prod/*', from: 's3 URL on the same line' },
    action: { value: 's3:PutObject', from: 'operation PutObject' },
    iacResource: { value: 'aws_s3_object.site|x', from: 'Terraform resource address in the log' }
  }
})

describe('inferred values in the reports', () => {
  it('are rows labelled with where each came from', () => {
    const rows = Object.fromEntries(findingFields(inferred).map((r) => [r.label, r.value]))
    expect(rows['Principal (inferred from sts:GetCallerIdentity)']).toBe(
      'arn:aws:iam::111122223333:role/gha-deploy'
    )
    expect(rows['Resource (inferred from s3 URL on the same line)']).toBe(
      'arn:aws:s3:::my-site-prod/*'
    )
    expect(rows['Action (inferred from operation PutObject)']).toBe('s3:PutObject')
    expect(rows['IaC resource (inferred from Terraform resource address in the log)']).toBe(
      'aws_s3_object.site|x'
    )
  })

  it('keep printed values unlabelled', () => {
    const printed = makeFinding({ principal: 'arn:aws:iam::1:user/x', inferred: {} })
    const labels = findingFields(printed).map((r) => r.label)
    expect(labels).toContain('Principal')
    expect(labels.some((l) => l.includes('inferred from'))).toBe(false)
  })

  it('appear in text, Markdown and the comment, a pipe in a value escaped', () => {
    const report = makeReport({ findings: [inferred] })
    expect(renderText(report, { color: false })).toContain('inferred from sts:GetCallerIdentity')
    for (const md of [renderMarkdown(report), renderComment(report, { key: 'k', title: 't' })]) {
      expect(md).toContain('Resource (inferred from s3 URL on the same line)')
      expect(md).not.toContain('aws_s3_object.site|x')
    }
  })
})
