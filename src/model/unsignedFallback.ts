// How a client's own fallback to anonymous access is named (src/infer/unsignedRequest.ts): there
// was no unsigned option to drop, the client found no credentials and went on without them.
export const FOUND_NONE =
  "the client's own line saying it found no credentials of its own and went on without them"
