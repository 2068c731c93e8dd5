// The Action's entry (dist/index.js): real adapters in, exit code out.
// First: it changes how every regular expression after it is compiled.
import './source/compileRegExpOnce.js'
import { coreLogger } from './action/logger.js'
import { run } from './action/main.js'
import { createGitHubClient } from './source/githubClient.js'
import { errorMessage } from './common/errorMessage.js'
import { connectCatalog } from './catalog/catalogData.js'
import { iamCatalogFile } from './source/iamCatalogFile.js'

connectCatalog(iamCatalogFile())

const logger = coreLogger()
try {
  process.exitCode = await run({
    env: process.env,
    logger,
    createClient: (token) =>
      createGitHubClient(token, {
        baseUrl: process.env.GITHUB_API_URL,
        log: (message) => logger.info(message)
      }),
    stdout: process.stdout,
    stderr: process.stderr
  })
} catch (error) {
  // run() keeps a wrapped command's exit code itself; reaching here is a bug in whydenied.
  logger.error(
    `whydenied failed unexpectedly: ${(error instanceof Error && error.stack) || errorMessage(error)}`
  )
  process.exitCode = 1
}
