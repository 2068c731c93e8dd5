/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The PR comment in a real browser: its Markdown rendered as GitHub does (GFM, GitHub's layout
// rules, a 760 px comment column) in headless Chromium, and facts about what a reader sees: the fix
// comes before the findings table, a long table starts collapsed, no log line is shown as printed,
// no markup from the log becomes an element, and nothing is wider than the column.
import fs from 'node:fs'
import { analyzeText } from '../../src/engine/Analysis.js'
import { withRemedies } from '../../src/engine/completeReport.js'
import { renderComment } from '../../src/report/renderComment.js'
import { COLLAPSE_TABLE_OVER } from '../../src/report/commentSections.js'
import { openBrowser, type Browser } from '../support/chromium.js'
import { COLUMN_PX, commentPage } from '../support/githubPage.js'

/** Chromium unpacks itself on first use and shares two cores with other work. */
const SLOW = 180_000

interface Case {
  id: string
  text: string
}
const corpus: Case[] = fs
  .readFileSync(new URL('../fixtures/corpus/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Case)

const reportOf = (log: string) => withRemedies(analyzeText(log, 'deploy.log'), undefined, () => {})

/** Real denials from the corpus, each naming its action, enough to make the table collapse. */
function manyDenials(): string {
  const picked = corpus.filter((c) => {
    const findings = analyzeText(c.text, 'x.log').findings
    return findings.length === 1 && findings[0]!.action !== null
  })
  return picked
    .slice(0, COLLAPSE_TABLE_OVER + 3)
    .map((c) => c.text)
    .join('\n')
}

// A hostile line: markup where the principal and resource go, and one unbroken 600-character key.
const HOSTILE =
  'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::123456789012:user/<img src=x onerror=alert(1)> is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::site-<script>alert(2)</script>/' +
  'k'.repeat(600) +
  '" because no identity-based policy allows the s3:GetObject action'

interface Seen {
  fixAboveTable: boolean
  tableShownBeforeOpening: boolean
  wider: string[]
  columnWidth: number
  scrollWidth: number
  clientWidth: number
  elements: string[]
  handlers: string[]
  text: string
}

/** Loads the comment, then measures with every <details> opened (the widest the comment gets). */
async function look(browser: Browser, markdown: string): Promise<Seen> {
  await browser.page.setContent(commentPage(markdown))
  return browser.page.evaluate(() => {
    const body = document.querySelector('.markdown-body')!
    const column = document.querySelector('.timeline-comment')!.getBoundingClientRect()
    const fix = [...body.querySelectorAll('h4')].find((h) => h.textContent === 'The fix')
    const table = body.querySelector('table')!
    const tableBlock = table.closest('details') ?? table
    const fixAboveTable =
      !!fix && fix.getBoundingClientRect().top < tableBlock.getBoundingClientRect().top
    // A closed <details> keeps its content laid out but hidden (content-visibility): ask what shows.
    const tableShownBeforeOpening = table.checkVisibility()
    for (const d of body.querySelectorAll('details')) d.open = true
    const wider: string[] = []
    for (const el of body.querySelectorAll('*')) {
      // Inside a code block or table, the block scrolls: its own box is what must fit.
      const box = (el.closest('pre, table') ?? el).getBoundingClientRect()
      if (box.right > column.right + 0.5 || box.left < column.left - 0.5) {
        wider.push(`${el.tagName}: ${(el.textContent ?? '').slice(0, 60)}`)
      }
    }
    const all = [...document.querySelectorAll('*')]
    return {
      fixAboveTable,
      tableShownBeforeOpening,
      wider,
      columnWidth: column.width,
      scrollWidth: body.scrollWidth,
      clientWidth: body.clientWidth,
      elements: [...new Set([...body.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()))],
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)
      ),
      text: (body as HTMLElement).innerText
    }
  })
}

let browser: Browser
beforeAll(async () => {
  browser = await openBrowser()
}, SLOW)
afterAll(async () => {
  await browser?.close()
}, SLOW)

describe('the PR comment in Chromium', () => {
  it(
    'leads with the fix, collapses a long table, fits the column, shows no log line',
    async () => {
      const log = manyDenials()
      const report = reportOf(log)
      expect(report.findings.length).toBeGreaterThan(COLLAPSE_TABLE_OVER)
      const seen = await look(
        browser,
        renderComment(report, { key: 'ci', title: 'deploy / apply' })
      )
      expect(seen.columnWidth).toBe(COLUMN_PX)
      expect(seen.fixAboveTable).toBe(true)
      expect(seen.tableShownBeforeOpening).toBe(false)
      expect(seen.wider).toEqual([])
      expect(seen.scrollWidth).toBeLessThanOrEqual(seen.clientWidth)
      const shown = log
        .split('\n')
        .filter((line) => line.trim().length >= 60 && seen.text.includes(line.trim()))
      expect(shown).toEqual([])
      // What a reader needs is there: every action, in the table.
      for (const f of report.findings) expect(seen.text).toContain(f.action!)
    },
    SLOW
  )

  it(
    'a short table stays open under the fix',
    async () => {
      const log = corpus
        .slice(0, 1)
        .map((c) => c.text)
        .join('\n')
      const seen = await look(browser, renderComment(reportOf(log), { key: 'ci', title: 'deploy' }))
      expect(seen.fixAboveTable).toBe(true)
      expect(seen.tableShownBeforeOpening).toBe(true)
      expect(seen.wider).toEqual([])
    },
    SLOW
  )

  it(
    'markup in a log stays text, and a 600-character name wraps inside the column',
    async () => {
      const report = reportOf(`${HOSTILE}\n${corpus[0]!.text}`)
      expect(report.findings.length).toBe(2)
      const seen = await look(
        browser,
        renderComment(report, { key: 'ci', title: `deploy <b>x</b> ${'y'.repeat(300)}` })
      )
      for (const tag of ['img', 'script', 'b', 'iframe']) expect(seen.elements).not.toContain(tag)
      expect(seen.handlers).toEqual([])
      expect(seen.text).toContain('<img src=x onerror=alert(1)>')
      expect(seen.wider).toEqual([])
      expect(seen.scrollWidth).toBeLessThanOrEqual(seen.clientWidth)
    },
    SLOW
  )
})
