// What is wrong with the parameter an SSM denial names, when no parameter can have that name.
// SSM names (and each sub-path) hold only letters, digits and `_ . -`, `/` between sub-paths
// (its own ValidationException says so, aws/amazon-ecs-cli#1020). Masks (`*`, `<name>`, `…`)
// are redaction, not the name.

export type ParameterNameProblem =
  /** `…:*` or `…:parameter`: the name was malformed or missing before it became an ARN. */
  | { kind: 'nameless' }
  /** `parameter/example@example.com`: a value where a name belongs; `chars` are the offending ones. */
  | { kind: 'invalid'; name: string; chars: string[] }
  /**
   * `parameter//runner`, `parameter/app//db`: a sub-path left empty, where the job built the path
   * from a value that was unset (`/${environment}/runner` with no environment, heldout106 review
   * h106-011). No parameter has an empty sub-path.
   */
  | { kind: 'empty-segment'; name: string }

const NAMELESS = /^arn:[\w-]+:ssm:[^:]*:[^:]*:(?:\*|parameter\/?)$/
const NAMED = /^arn:[\w-]+:ssm:[^:]*:[^:]*:parameter\/(.+)$/
/** Outside SSM's name alphabet and not a mask character nor whitespace (log wrapping). */
const FOREIGN = /[^\w./\-*<>…\s]/gu
/**
 * A template variable never substituted (another trap's case, unresolved-template-variable), or
 * a README's placeholder in braces (`parameter/dcp/dss/{deployment_stage}/…`, h23-051): no value.
 */
const TEMPLATE = /\$\{|\{\{|\$\(|\{[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){0,4}\}/

export function parameterNameProblem(resource: string | null): ParameterNameProblem | null {
  if (!resource) return null
  if (NAMELESS.test(resource)) return { kind: 'nameless' }
  const name = NAMED.exec(resource)?.[1]
  if (!name || TEMPLATE.test(name)) return null
  const chars = name ? [...new Set(name.match(FOREIGN) ?? [])] : []
  if (chars.length > 0) return { kind: 'invalid', name, chars }
  // The ARN drops a hierarchical name's leading `/`: one more at its start, or two inside, is a
  // sub-path with nothing in it. A trailing `/` is a path GetParametersByPath reads (h60-037).
  return /^\/|\/\//.test(name) ? { kind: 'empty-segment', name } : null
}
