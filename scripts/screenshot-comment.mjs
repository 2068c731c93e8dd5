// Renders the PR comment for an example log the way a browser shows it, for the README:
// dist/cli.js --format comment (the OIDC doctor: --format markdown) → HTML (marked, GFM) → headless Chromium screenshot.
// Usage: node scripts/screenshot-comment.mjs [LOG] [OUT.png] [REPO]   (needs Debian's chromium)
//        node scripts/screenshot-comment.mjs OUT.png oidc [whydenied oidc options...]
// REPO: a checkout to locate the policies in (--repo), for the located-definition picture.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { marked } from 'marked'

// `OUT.png oidc ...` pictures the OIDC doctor's report (`whydenied oidc`) instead of a log's.
const oidc = process.argv[3] === 'oidc'
const log = process.argv[2] ?? 'examples/ecr-cross-account-push.log'
const out = path.resolve(oidc ? process.argv[2] : (process.argv[3] ?? 'docs/comment.png'))
const repo = oidc ? undefined : process.argv[4]
const cliArgs = oidc
  ? ['oidc', ...process.argv.slice(4), '--format', 'markdown']
  : ['--format', 'comment', ...(repo ? ['--repo', repo] : []), log]
const markdown = execFileSync('node', ['dist/cli.js', ...cliArgs], { encoding: 'utf8' })
const css = `body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;margin:0;background:#fff}
.box{max-width:880px;margin:16px;border:1px solid #d0d7de;border-radius:6px}
.head{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:8px 16px;color:#59636e}
.body{padding:8px 16px}code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%}
pre{background:#f6f8fa;border-radius:6px;padding:12px;overflow:auto;font-size:85%}pre code{background:none;padding:0}
h3{font-size:1.25em;border-bottom:1px solid #d1d9e0;padding-bottom:.3em}h4{font-size:1em}
table{border-collapse:collapse}td,th{border:1px solid #d1d9e0;padding:4px 10px}summary{cursor:pointer}`
const html = `<!doctype html><meta charset="utf-8"><style>${css}</style><div class="box"><div class="head"><b>github-actions</b> bot commented</div><div class="body">${marked.parse(markdown, { gfm: true })}</div></div>`
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-shot-'))
fs.writeFileSync(path.join(dir, 'comment.html'), html)
execFileSync(
  'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${path.join(dir, 'profile')}`,
    '--hide-scrollbars',
    '--window-size=920,1800',
    `--screenshot=${out}`,
    `file://${path.join(dir, 'comment.html')}`
  ],
  { stdio: 'ignore' }
)
console.log(`wrote ${out}`)
