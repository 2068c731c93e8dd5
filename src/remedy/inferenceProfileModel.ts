// A system-defined cross-Region inference profile (`inference-profile/us.anthropic.claude-…`)
// routes each call to the foundation model in one of its Regions, and Bedrock authorises the call
// against the model there too: a statement naming the profile alone is refused at the next call
// (Bedrock User Guide, "Prerequisites for inference profiles"; heldout19 review h19-045, h19-047).

/** The geography prefixes of system-defined profiles (`us.`, `eu.`, `apac.`, `global.`…). */
const PROFILE =
  /^arn:([\w-]+):bedrock:[^:]*:[^:]*:inference-profile\/(?:us|us-gov|eu|apac|jp|au|ca|global)\.(.+)$/

/** The foundation model in every Region the profile may route to, or null for another ARN. */
export function profileModelArn(arn: string): string | null {
  const m = PROFILE.exec(arn)
  return m ? `arn:${m[1]}:bedrock:*::foundation-model/${m[2]}` : null
}
