// Moves a Keep a Changelog "Unreleased" section under a version heading. Pure text in, text out,
// so the release script's one edit to CHANGELOG.md is tested without git.

const UNRELEASED = /^## \[Unreleased\][^\n]*\n/m

/**
 * @param {string} text CHANGELOG.md as it is
 * @param {{ version: string, date: string, repoUrl?: string }} release
 * @returns {string} the changelog with an empty Unreleased section above `## [version] - date`
 */
export function releaseChangelog(text, { version, date, repoUrl }) {
  const heading = UNRELEASED.exec(text)
  if (!heading) throw new Error('CHANGELOG.md has no "## [Unreleased]" section')
  if (new RegExp(`^## \\[${escape(version)}\\]`, 'm').test(text)) {
    throw new Error(`CHANGELOG.md already has a section for ${version}`)
  }
  const start = heading.index + heading[0].length
  const rest = text.slice(start)
  // The section ends at the next version heading or at the link references.
  const end = rest.search(/^## \[|^\[[^\]]+\]: /m)
  const body = end === -1 ? rest : rest.slice(0, end)
  if (!/^[-*] /m.test(body)) {
    throw new Error('the Unreleased section of CHANGELOG.md lists no change: nothing to release')
  }
  const after = end === -1 ? '' : rest.slice(end)
  const released =
    text.slice(0, start) + `\n## [${version}] - ${date}\n` + body.replace(/\n*$/, '\n\n') + after
  return repoUrl ? withLinks(released, version, repoUrl) : released
}

// Link references at the bottom: Unreleased compares the new tag with HEAD; the new version
// compares with the previous tag, or points at its own tag when it is the first.
function withLinks(text, version, repoUrl) {
  const links = /^\[Unreleased\]: .*$/m
  const previous = /^\[(\d+\.\d+\.\d+)\]: /m.exec(text)?.[1]
  const own = previous
    ? `[${version}]: ${repoUrl}/compare/v${previous}...v${version}`
    : `[${version}]: ${repoUrl}/releases/tag/v${version}`
  const unreleased = `[Unreleased]: ${repoUrl}/compare/v${version}...HEAD`
  if (links.test(text)) return text.replace(links, `${unreleased}\n${own}`)
  return text.replace(/\n*$/, `\n\n${unreleased}\n${own}\n`)
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `https://github.com/o/r` from package.json's repository field (string or object), if any. */
export function repositoryUrl(pkg) {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url
  if (!raw) return undefined
  const github = /^github:([\w.-]+\/[\w.-]+)$/.exec(raw)
  if (github) return `https://github.com/${github[1]}`
  return raw.replace(/^git\+/, '').replace(/\.git$/, '')
}
