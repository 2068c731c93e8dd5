// Quoting for every language a rendering is written in. Values come from untrusted logs: a role
// name must never be able to end a string, start a shell command or open an interpolation.

/** POSIX shell single quotes: nothing inside is special; a quote is closed, escaped, reopened. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

function unicodeEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** An HCL quoted string: escapes plus `$${` / `%%{` so no template sequence is interpreted. */
export function hclString(value: string): string {
  const body = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, unicodeEscape)
    // Function replacers: in a replacement string `$$` would itself mean a single `$`.
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, () => '%%{')
  return `"${body}"`
}

/** A TypeScript single-quoted string literal. */
export function tsString(value: string): string {
  const body = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, unicodeEscape)
  return `'${body}'`
}

/** Terraform / CDK identifiers: letters, digits and underscores, starting with a letter. */
export function identifier(value: string, fallback: string): string {
  const cleaned = value
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48)
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `${fallback}${cleaned ? `_${cleaned}` : ''}`
}
