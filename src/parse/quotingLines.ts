// Lines that quote a denial rather than report one: test titles (a test *about* AccessDenied
// passing or failing) and test definitions in source. A failure on such a line is text, not an
// error the run hit, so nothing on it becomes a finding.

export interface QuotingLine {
  id: string
  /** Matches the start of the line, up to where quoted text may begin. */
  re: RegExp
}

export const QUOTING_LINES: QuotingLine[] = [
  // jest / vitest / mocha results: `✓ reports AccessDenied when … (5 ms)`, `✕ …`, `√ …`: one space
  // after the mark. A CLI's status mark stands before two (SST's `✕  aws: failed to refresh cached
  // credentials, …`, anomalyco/sst#5201): that line is the run's own error.
  { id: 'test-result-mark', re: /^\s*[✓✔✕✗×√][ \t](?![ \t])/ },
  // jest/vitest/mocha/jasmine definitions: `it('handles User: arn:… is not authorized …', …)`.
  {
    id: 'test-definition',
    re: /^\s*(?:it|test|describe|context|specify|scenario)(?:\.(?:each|only|skip|todo|concurrent|failing)(?:`[^`]*`|\([^)]*\))?)?\s*\(\s*["'`]/
  },
  // TAP: `ok 3 - reports AccessDenied`, `not ok 4 - …`.
  { id: 'tap-result', re: /^\s*(?:not )?ok \d+ (?:- )?/ },
  // go test: `=== RUN   TestAccessDenied…`, `--- FAIL: TestAssumeRoleDenied (0.01s)`.
  { id: 'go-test-result', re: /^\s*(?:=== (?:RUN|PAUSE|CONT)|--- (?:PASS|FAIL|SKIP):)\s+Test/ },
  // ShellSpec expectations: `The stderr should include "An error occurred (AccessDenied) …"`.
  {
    id: 'shellspec-expectation',
    re: /^\s*The\s+(?:(?:line|word)\s+\d+\s+of\s+)?(?:stdout|stderr|output|error|entire\s+(?:output|stdout|stderr|error)|status|value|result|contents\s+of\s+file\s+\S+)\s+should\s+(?:not\s+)?(?:include|equal|eq|start\s+with|end\s+with|match(?:\s+pattern)?)\s/
  },
  // pytest -v: `tests/test_s3.py::test_access_denied PASSED`.
  { id: 'pytest-result', re: /^\S+\.py::\S+/ },
  // A Markdown heading that a diff adds or removes (`+### Deployment error: \`denied: …\``) is
  // documentation being edited in a patch, not a note about a run. A heading as written in a
  // troubleshooting note or runbook quotes the error a run printed: that one is read.
  { id: 'diff-markdown-heading', re: /^[+-]#{2,6}[ \t]/ }
]

/** Whether the line holding text[at] quotes what is on it (see `QUOTING_LINES`). */
export function onQuotingLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1
  const head = text.slice(start, at)
  return QUOTING_LINES.some((rule) => rule.re.test(head))
}
