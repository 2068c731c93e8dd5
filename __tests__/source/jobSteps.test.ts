import { StepLines, type RunStep } from '../../src/source/jobSteps.js'
import { DENIAL, STEPS, STEP_LINES, jobLine, jobLog } from '../fixtures/joblogs/steps.js'

function fed(steps: readonly RunStep[], log: string, chunk = Infinity): StepLines {
  const lines = new StepLines(steps)
  const bytes = Buffer.from(log)
  for (let i = 0; i < bytes.length; i += chunk) lines.write(bytes.subarray(i, i + chunk))
  lines.end()
  return lines
}

describe('StepLines', () => {
  it('places every line of a job log in its step, counting lines within the step', () => {
    const lines = fed(STEPS, jobLog())
    for (const [step, own] of Object.entries(STEP_LINES)) {
      own.forEach((_, i) => {
        expect(lines.at(jobLine(Number(step), i + 1))).toEqual({ step: Number(step), line: i + 1 })
      })
    }
    // The denial: fifth line of step 4.
    const denial =
      jobLog()
        .split('\n')
        .findIndex((l) => l.endsWith(DENIAL)) + 1
    expect(lines.at(denial)).toEqual({ step: 4, line: 5 })
  })

  it('gives the same answer however the bytes arrive', () => {
    const whole = fed(STEPS, jobLog())
    for (const chunk of [1, 7, 33, 64, 65]) {
      const split = fed(STEPS, jobLog(), chunk)
      for (let line = 1; line <= 27; line++) expect(split.at(line)).toEqual(whole.at(line))
    }
  })

  it('reads step times with any offset, as the API may give them', () => {
    const shifted = STEPS.map((s) => ({
      ...s,
      started_at: new Date(s.started_at)
        .toISOString()
        .replace('T10:', 'T02:')
        .replace(/\.000Z$/, '-08:00'),
      completed_at: null
    }))
    const lines = fed(shifted, jobLog())
    expect(lines.at(jobLine(4, 5))).toEqual({ step: 4, line: 5 })
    expect(lines.at(jobLine(3, 6))).toEqual({ step: 3, line: 6 })
  })

  it('knows nothing without steps, timestamps or a step started before the line', () => {
    expect(fed([], jobLog()).at(3)).toBeNull()
    const bare = jobLog().replace(/^\ufeff?\S+Z /gm, '')
    expect(fed(STEPS, bare).at(jobLine(4, 5))).toBeNull()
    // A line stamped before the first step started belongs to no step.
    const early = `2026-11-23T09:59:59.0000000Z early\n${jobLog().slice(1)}`
    const lines = fed(STEPS, early)
    expect(lines.at(1)).toBeNull()
    expect(lines.at(2)).toEqual({ step: 1, line: 1 })
  })

  it('survives hostile input: bad dates, a header in every line, one endless line', () => {
    const steps = [
      { number: 1, name: 'a', status: 'completed', conclusion: 'success', started_at: 'soon' },
      {
        number: 2.5,
        name: 'b',
        status: 'completed',
        conclusion: 'success',
        started_at: STEPS[1]!.started_at
      },
      ...STEPS.slice(2)
    ]
    const headers = Array.from({ length: 50 }, () => '2026-11-23T10:00:05.1Z ##[group]Run x').join(
      '\n'
    )
    const lines = fed(steps, `${headers}\n${'x'.repeat(100_000)}`, 4096)
    // Step 3 ends in the second step 4 starts: the first header opens 4, the rest stay in it.
    expect(lines.at(1)).toEqual({ step: 4, line: 1 })
    expect(lines.at(50)).toEqual({ step: 4, line: 50 })
    expect(lines.at(51)).toEqual({ step: 4, line: 51 })
  })
})
