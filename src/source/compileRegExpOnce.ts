// V8 runs a regular expression's first match in its bytecode interpreter and compiles it to
// machine code on the next (regexp tier-up, one tick). A scan runs nearly every expression it
// reaches more than once within its first record, so each one was compiled twice: ~15 ms of a
// 1 KB log's start-up on Node 20 (12 ms on 24), with no cost measured on large logs, where every
// expression ends up compiled anyway (docs/benchmarks.md). Imported first by the entry points,
// so it runs before any module's expressions are created; V8's flags are process-wide, so the
// scan worker's isolate compiles the same way.
import v8 from 'node:v8'
import { REGEXP_FLAGS } from './regexpFlags.js'

v8.setFlagsFromString(REGEXP_FLAGS)
