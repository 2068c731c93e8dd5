// The payload object of a compact JWS (`header.payload.signature`), read without verifying the
// signature: STS verifies tokens; we only show and compare what a token presents. Never throws.
export function jwtPayload(token: string): Record<string, unknown> | null {
  const parts = token.trim().split('.')
  const payload = parts[1]
  if (parts.length !== 3 || !payload || !/^[A-Za-z0-9_-]+$/.test(payload)) return null
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null
    return parsed as Record<string, unknown>
  } catch {
    return null
  }
}
