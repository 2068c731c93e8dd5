/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), case-insensitive:
 * typos in action names are mostly swapped or dropped letters (`ListRespositories`).
 * Stops early and returns `limit + 1` once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const s = a.toLowerCase()
  const t = b.toLowerCase()
  if (Math.abs(s.length - t.length) > limit) return limit + 1
  let prev2: number[] = []
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const row = [i]
    let best = i
    // Every `!` below reads a row cell inside 0..t.length, which each row fills in full.
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1)
      }
      row.push(d)
      if (d < best) best = d
    }
    if (best > limit) return limit + 1
    prev2 = prev
    prev = row
  }
  return prev[t.length]!
}
