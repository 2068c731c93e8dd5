import { fitOutput, FINDINGS_OUTPUT_BUDGET } from '../../src/action/fitOutput.js'

describe('fitOutput', () => {
  it('keeps every finding when they fit, and a valid JSON prefix when they do not', () => {
    const small = [{ a: 1 }, { a: 2 }]
    expect(fitOutput(small)).toEqual({ json: JSON.stringify(small), kept: 2 })
    const big = Array.from({ length: 400 }, (_, i) => ({ i, text: 'x'.repeat(2000) }))
    const { json, kept } = fitOutput(big)
    expect(kept).toBeLessThan(400)
    expect(kept).toBeGreaterThan(200)
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(FINDINGS_OUTPUT_BUDGET)
    expect(JSON.parse(json)).toEqual(big.slice(0, kept))
  })
})
