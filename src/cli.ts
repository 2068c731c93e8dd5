#!/usr/bin/env node
// The command-line entry point (bin: whydenied).
// First: it changes how every regular expression after it is compiled.
import './source/compileRegExpOnce.js'
import { main } from './cli/main.js'
import { gitTopLevel } from './source/gitTopLevel.js'
import { connectCatalog } from './catalog/catalogData.js'
import { iamCatalogFile } from './source/iamCatalogFile.js'

connectCatalog(iamCatalogFile())

const argv = process.argv.slice(2)

// A reader that stops early (`whydenied build.log | head`) is not an error. (`run` handles its
// own streams: the wrapped command's exit code must survive a closed pipe.)
if (argv[0] !== 'run') {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
      throw error
    })
  }
}
// The subcommands load only when named: a scan's start-up pays for neither child processes nor STS.
const code =
  argv[0] === 'run'
    ? await (
        await import('./cli/run.js')
      ).runSubcommand(argv.slice(1), {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        stdin: process.stdin,
        stderrIsTTY: Boolean(process.stderr.isTTY)
      })
    : argv[0] === 'oidc'
      ? await (
          await import('./cli/oidc.js')
        ).oidcSubcommand(argv.slice(1), {
          stdout: process.stdout,
          stderr: process.stderr,
          stdin: process.stdin,
          env: process.env,
          stdoutIsTTY: Boolean(process.stdout.isTTY),
          stdoutColumns: process.stdout.columns
        })
      : await main(argv, {
          stdout: process.stdout,
          stderr: process.stderr,
          stdin: process.stdin,
          stdinIsTTY: Boolean(process.stdin.isTTY),
          env: process.env,
          stdoutIsTTY: Boolean(process.stdout.isTTY),
          stdoutColumns: process.stdout.columns,
          gitTopLevel: () => gitTopLevel(process.cwd())
        })
process.exitCode = code
