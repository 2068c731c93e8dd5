// The `Slot=value,Slot=value` form of Inferred.namedSlots (src/infer/namedSlots.ts), read back.

/** The ARN slots `value` names, each with the name the log printed for it. */
export function slotValues(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of value?.split(',') ?? []) {
    const eq = pair.indexOf('=')
    if (eq > 0) out[pair.slice(0, eq)] = pair.slice(eq + 1)
  }
  return out
}
