// collectGarbage (src/source/collectGarbage.ts) frees dead buffers now, not when V8 gets round to it.
import { collectGarbage } from '../../src/source/collectGarbage.js'

test('dead read buffers are freed by one call', () => {
  collectGarbage()
  const before = process.memoryUsage().arrayBuffers
  // What a pipe's reads leave behind: 8 MiB of 64 KiB buffers, each dropped once read (too few
  // for V8 to collect on its own: its external-memory limit is ~64 MiB).
  let kept = 0
  for (let i = 0; i < 128; i++)
    kept += Buffer.allocUnsafeSlow(64 * 1024)
      .fill(i)
      .readUInt8(7)
  expect(kept).toBeGreaterThan(0)
  collectGarbage()
  expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(2 * 1024 * 1024)
})
