/** The parameters the CLI script's function takes, in the order the launcher passes them. */
export const SCRIPT_PARAMETERS: readonly string[]
/** The classic script for ncc's ES-module bundle `esm`. */
export function cliScript(esm: string): string
