// Renders the PR comment for an example log the way a browser shows it, for the README:
// dist/cli.js --format comment (the OIDC doctor: --format markdown) → HTML (marked, GFM) → headless Chromium screenshot.
// Chromium comes from npm (@sparticuz/chromium, driven by playwright-core): no system browser.
// Usage: node scripts/screenshot-comment.mjs [LOG] [OUT.png] [REPO]
//        node scripts/screenshot-comment.mjs OUT.png oidc [whydenied oidc options...]
// REPO: a checkout to locate the policies in (--repo), for the located-definition picture.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import chromium from '@sparticuz/chromium'
import { marked } from 'marked'
import { chromium as playwright } from 'playwright-core'

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
.box{width:760px;box-sizing:border-box;margin:16px;border:1px solid #d0d7de;border-radius:6px}
.head{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:8px 16px;color:#59636e}
.body{padding:8px 16px;overflow-wrap:break-word}code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%;white-space:break-spaces}
pre{background:#f6f8fa;border-radius:6px;padding:12px;overflow:auto;font-size:85%}pre code{background:none;padding:0;white-space:pre}
h3{font-size:1.25em;border-bottom:1px solid #d1d9e0;padding-bottom:.3em}h4{font-size:1em}
table{display:block;width:max-content;max-width:100%;overflow:auto;border-collapse:collapse}td,th{border:1px solid #d1d9e0;padding:4px 10px}summary{cursor:pointer}`
const html = `<!doctype html><meta charset="utf-8"><style>${css}</style><div class="box"><div class="head"><b>github-actions</b> bot commented</div><div class="body">${marked.parse(markdown, { gfm: true })}</div></div>`
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-shot-'))
const context = await playwright.launchPersistentContext(profile, {
  executablePath: await chromium.executablePath(),
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars'
  ],
  viewport: { width: 920, height: 600 },
  offline: true
})
try {
  const page = context.pages()[0] ?? (await context.newPage())
  await page.setContent(html)
  // The whole comment, however tall, cropped to its box.
  await page.locator('.box').screenshot({ path: out })
} finally {
  await context.close()
  fs.rmSync(profile, { recursive: true, force: true })
}
console.log(`wrote ${out}`)
