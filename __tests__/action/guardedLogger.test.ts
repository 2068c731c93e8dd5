import { guardedLogger, plainName } from '../../src/action/guardedLogger.js'
import { lineEndTracking } from '../../src/action/lineEnd.js'
import { SecretMask } from '../../src/action/secretMask.js'
import { isForeignRun, unverifiedReport, UNVERIFIED_PREFIX } from '../../src/action/untrustedRun.js'
import { finding, report } from './fixtures.js'
import { recordingLogger } from './recordingLogger.js'
import { at } from '../support/at.js'

describe('guardedLogger', () => {
  it('masks every message, title, output and summary, and keeps log lines single', async () => {
    const mask = new SecretMask()
    mask.add('tok-123456')
    const inner = recordingLogger()
    const logger = guardedLogger(inner, mask)
    logger.info('job "x\n::error::forged" saw tok-123456')
    logger.warning('w tok-123456')
    logger.error('e tok-123456', { title: 'about tok-123456' })
    logger.setOutput('findings', '["tok-123456"]')
    await logger.writeSummary('| tok-123456 |')
    expect(inner.infos).toEqual(['job "x ::error::forged" saw ***'])
    expect(inner.warnings).toEqual(['w ***'])
    expect(inner.errors).toEqual([{ message: 'e ***', props: { title: 'about ***' } }])
    expect(inner.outputs.findings).toBe('["***"]')
    expect(inner.summary).toBe('| *** |')
  })

  it('plainName leaves no line break and no :: to open a workflow command', () => {
    expect(plainName('deploy\r\n::add-mask::x\u2028::error::y')).toBe(
      'deploy : :add-mask: :x : :error: :y'
    )
  })
})

describe('lineEndTracking', () => {
  it('adds a newline only when the passed output ended mid-line', () => {
    const chunks: string[] = []
    const writer = lineEndTracking({ write: (c) => chunks.push(Buffer.from(c).toString()) > 0 })
    writer.endLine()
    writer.write(Buffer.from('a\nb'))
    writer.endLine()
    writer.endLine()
    writer.write(Buffer.from('c\n'))
    writer.endLine()
    expect(chunks.join('')).toBe('a\nb\nc\n')
  })
})

describe('untrusted runs', () => {
  it('trusts only a run whose head repository is this one', () => {
    expect(isForeignRun({ head_repository: { full_name: 'Acme/Infra' } }, 'acme', 'infra')).toBe(
      false
    )
    expect(isForeignRun({ head_repository: { full_name: 'mallory/infra' } }, 'acme', 'infra')).toBe(
      true
    )
    expect(isForeignRun({}, 'acme', 'infra')).toBe(true)
  })

  it('labels findings unverified and drops every remedy', () => {
    const r = unverifiedReport({ ...report([finding(1)]), remedies: [{} as never] })
    expect(r.remedies).toEqual([])
    expect(at(r.findings).title.startsWith(UNVERIFIED_PREFIX)).toBe(true)
    expect(at(unverifiedReport(r).findings).title).toBe(at(r.findings).title)
  })
})
