#!/usr/bin/env node
// The bin entry (dist/cli.js): runs the CLI (src/cli.ts, built as dist/cli.script.js) through V8's
// code cache (src/source/codeCache.ts).
// First: V8 refuses a cache made under other flags, and the CLI sets this one as it starts.
import './source/compileRegExpOnce.js'
import { CLI_SCRIPT, runCachedScript } from './source/codeCache.js'

await runCachedScript(CLI_SCRIPT, import.meta.url, process.env)
