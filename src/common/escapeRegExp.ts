// A string as a regular expression that matches exactly it. RegExp.escape does this from
// Node 24 on; the engines field still allows Node 20.
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
