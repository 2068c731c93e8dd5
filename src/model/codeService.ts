// Error codes that one service alone answers with. The corpus labels keep `service` to what the
// text names, so the finding's field stays as parsed; explanations and action inference use this.
const SERVICE_OF_CODE: Readonly<Record<string, string>> = {
  // EC2's Query API (CloudTrail records it as `Client.UnauthorizedOperation`).
  unauthorizedoperation: 'ec2',
  'client.unauthorizedoperation': 'ec2'
}

/** The service a refusal came from when only its error code says so. */
export function serviceOfCode(code: string | null): string | null {
  return code ? (SERVICE_OF_CODE[code.toLowerCase()] ?? null) : null
}

/**
 * The service a refusal's own sentence belongs to when no code says so: EC2's `You are not
 * authorized to perform this operation` (services that relay it relay an EC2 call's refusal).
 * Only a hint for a call the log names without its client (see infer/callNames).
 */
const SERVICE_OF_GRAMMAR: Readonly<Record<string, string>> = { 'ec2-unauthorized': 'ec2' }

export function serviceOfGrammar(grammar: string): string | null {
  return SERVICE_OF_GRAMMAR[grammar] ?? null
}
