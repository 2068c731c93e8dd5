import type { Trap } from '../Trap.js'

// SSM names the denied resource `arn:…:ssm:REGION:ACCOUNT:*` (or `…:parameter` with no name) when
// the parameter name it was given could not become an ARN: a path missing its leading `/`, an
// empty or unexpanded variable, a misspelt name. Widely reported (aws-control-tower-customizations
// #208, k8t#82), not documented. An Allow on that "resource" is Region-wide and fixes nothing.
const NAMELESS_PARAMETER = /^arn:[\w-]+:ssm:[^:]*:[^:]*:(?:\*|parameter\/?)$/

export const ssmParameterName: Trap = {
  id: 'ssm-parameter-name',
  applies: ({ d }) => /^ssm:/i.test(d.action ?? '') && NAMELESS_PARAMETER.test(d.resource ?? ''),
  advice: ({ d }) =>
    `The resource \`${d.resource}\` names no parameter: SSM answers like this when the parameter ` +
    'name it was given is malformed or missing (a path without its leading `/`, an empty or ' +
    'unexpanded variable, a misspelt name). Check the name the job passes; once it is right, the ' +
    "denial (if any) names the parameter's ARN. No statement is proposed: an Allow on this " +
    'resource would be Region-wide.'
}
