import type { Trap } from '../Trap.js'
import { parameterNameProblem } from '../../model/ssmParameterNames.js'
import { resourceTypesOf } from '../../catalog/Catalog.js'

/**
 * Only a call that takes a parameter name can be given a malformed one: SSM prints the same
 * `arn:…:ssm:REGION:ACCOUNT:*` for a list call with no resource type (DescribeInstanceInformation,
 * heldout24 review 1, h24-027), which Resource "*" allows. Unknown actions keep the trap.
 */
function takesParameter(action: string | null): boolean {
  const types = resourceTypesOf(action ?? '')
  return types === null || types.some((t) => t.name === 'parameter')
}

// SSM names the denied resource `arn:…:ssm:REGION:ACCOUNT:*` (or `…:parameter` with no name) when
// the parameter name it was given could not become an ARN: a path missing its leading `/`, an
// empty or unexpanded variable, a misspelt name. Widely reported (aws-control-tower-customizations
// #208, k8t#82), not documented. An Allow on that "resource" is Region-wide and fixes nothing.
// A name with characters SSM does not allow (`parameter/example@example.com`, h9-061) is a value
// where a name belongs: CodeBuild's PARAMETER_STORE variable holding the literal, for one.

/**
 * A by-path read of the root path is authorized on `…:parameter/`, the root's ARN (`aws ssm
 * get-parameters-by-path --path "/"`, heldout161 review h161-016): a path, not a missing name.
 */
function rootPathRead(action: string | null, resource: string | null): boolean {
  return /^ssm:GetParametersByPath$/i.test(action ?? '') && /:parameter\/$/.test(resource ?? '')
}

export const ssmParameterName: Trap = {
  id: 'ssm-parameter-name',
  applies: ({ d }) =>
    /^ssm:/i.test(d.action ?? '') &&
    takesParameter(d.action) &&
    !rootPathRead(d.action, d.resource) &&
    parameterNameProblem(d.resource) !== null,
  advice: ({ d }) => {
    const problem = parameterNameProblem(d.resource)
    if (problem?.kind === 'invalid')
      return (
        `\`${problem.name}\` cannot be a parameter name: SSM names hold only letters, digits and ` +
        `\`_ . -\` (\`/\` between sub-paths), and this one holds ${problem.chars.map((c) => `\`${c}\``).join(' ')}. ` +
        'It is a value where a parameter name belongs' +
        (/\/AWSCodeBuild-/.test(d.principal ?? '')
          ? ': in CodeBuild, an environment variable of type PARAMETER_STORE (buildspec ' +
            '`env: parameter-store:`) whose value is the literal itself. Make it PLAINTEXT (buildspec ' +
            '`env: variables:`), or put the name of an existing parameter there.'
          : ': pass the name of the parameter that holds it, or pass the value itself as plain text.') +
        ' No statement is proposed: no parameter can have this name, so no grant can help.'
      )
    if (problem?.kind === 'empty-segment')
      return (
        `The parameter path \`/${problem.name}\` has an empty sub-path: the job built it from a value that was empty or unset (an environment name, a stage, a tag it reads at run time), so no parameter has this name. ` +
        'Find where the path is put together and make sure that value is set (a missing variable, instance tag or input). ' +
        'No statement is proposed: an Allow on this path would grant a name no parameter has, and the next run would read nothing.'
      )
    return (
      `The resource \`${d.resource}\` names no parameter: SSM answers like this when the parameter ` +
      'name it was given is malformed or missing (a path without its leading `/`, an empty or ' +
      'unexpanded variable, a misspelt name). Check the name the job passes; once it is right, the ' +
      "denial (if any) names the parameter's ARN. No statement is proposed: an Allow on this " +
      'resource would be Region-wide.'
    )
  }
}
