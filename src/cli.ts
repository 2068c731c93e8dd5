#!/usr/bin/env node
// The command-line entry point (bin: whydenied).
import { main } from './cli/main.js'
import { runSubcommand } from './cli/run.js'

const argv = process.argv.slice(2)
const code =
  argv[0] === 'run'
    ? await runSubcommand(argv.slice(1), {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        stdin: process.stdin,
        stderrIsTTY: Boolean(process.stderr.isTTY)
      })
    : await main(argv, {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        env: process.env,
        stdoutIsTTY: Boolean(process.stdout.isTTY)
      })
process.exitCode = code
