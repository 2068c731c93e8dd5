/**
 * How the entry points ask V8 to compile regular expressions (src/source/compileRegExpOnce.ts):
 * expressions created from now on start with no interpreter runs left, so each is compiled to
 * machine code once, on its first match. Not `--no-regexp-tier-up`: flipping that flag while an
 * expression that ran once in the interpreter is still in use crashes V8 (Node 20 and 24) at that
 * expression's next match, and Node's own module loader runs a few before any bundle starts.
 */
export const REGEXP_FLAGS = '--regexp-tier-up-ticks=0'
