// ECR Public's own refusals of a request (src/parse/grammars/imagePulls.ts): a bare 403 and its
// JSON `DENIED`. Public images pull without a login, so either is a stale ECR Public token the
// client sends, which no policy decides (the trap ecr-public-stale-login, no statement drafted).
const GRAMMARS: ReadonlySet<string> = new Set(['ecr-public-forbidden', 'ecr-public-denied-body'])

export function isEcrPublicRefusal(grammar: string): boolean {
  return GRAMMARS.has(grammar)
}
