// An HTTP client that printed only the status of a refused AWS request (`403 Client Error:
// Forbidden for url: …`, a browser's request line): the body, which names the code, is not shown.
/** Grammars that read such a status (src/parse/grammars/messages.ts). */
export const BARE_HTTP_403_GRAMMARS: readonly string[] = [
  'http-403-aws-endpoint',
  'http-403-client-error'
]

/** What to check first (heldout28 review 3, h28-013). */
export const BARE_HTTP_403_NOTE =
  "The client printed only the HTTP status, not AWS's answer: a 403 is also what a signature or credentials refusal returns (`SignatureDoesNotMatch`, `InvalidClientTokenId`, an expired token), not only a missing Allow. Print the response body first (it names the code), and check which identity the program signs with (`aws sts get-caller-identity` in the same environment, or the instance's or task's role)."
