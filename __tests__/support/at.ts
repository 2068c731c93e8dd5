/** The element at `index`, or a failed test saying there is none (instead of a `!`). */
export function at<T>(items: readonly T[] | undefined, index = 0): T {
  const item = items?.[index]
  if (item === undefined) {
    throw new Error(`expected an element at index ${index}, found ${items?.length ?? 0} elements`)
  }
  return item
}
