import type { Trap } from '../Trap.js'
import { codeSpan as code } from '../Trap.js'

// API Gateway invoking a Lambda integration (`Invalid permissions on Lambda function`): the
// function's resource policy must let API Gateway invoke it for this API, or, when the integration
// names a credentials role, that role must be allowed to invoke it and trust API Gateway (API
// Gateway developer guide, "Control access for invoking an API" and Lambda integrations).

/** WD986: API Gateway may not invoke the integration's function. */
export const apigatewayLambdaPermission: Trap = {
  id: 'apigateway-lambda-permission',
  lead: true,
  applies: ({ d }) => d.grammar === 'apigateway-lambda-permissions',
  advice: ({ d }) => {
    const fn = /:function:([^:/\s]+)/.exec(d.resource ?? '')?.[1] ?? 'FUNCTION_NAME'
    return (
      "API Gateway invokes the integration's function itself, and the function did not let it: give the function a resource-based policy statement for API Gateway, limited to this API " +
      `(${code(`aws lambda add-permission --function-name ${fn} --statement-id apigateway-invoke --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn "arn:aws:execute-api:REGION:ACCOUNT:API_ID/*"`)}; ` +
      'the console adds it when you save the integration, an API imported or deployed by a tool often lacks it). ' +
      "If the integration names a credentials role instead, that role needs `lambda:InvokeFunction` on the function and a trust policy for `apigateway.amazonaws.com`. A function's alias or version is a resource of its own: the permission goes on the one the integration's URI names."
    )
  }
}
