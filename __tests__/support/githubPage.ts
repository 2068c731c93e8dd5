// A pull-request comment as GitHub shows it: its Markdown through a GFM parser (marked) into the
// comment column of a PR timeline (760 px), with the GitHub stylesheet rules that decide layout
// (long words wrap, tables and code blocks scroll inside the column rather than widening it).
// Nothing is sanitised here: GitHub would strip stray HTML, so a test seeing none proves ours escapes it.
import { marked } from 'marked'

export const COLUMN_PX = 760

const CSS = `
body{margin:0;background:#fff;color:#1f2328;font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif}
.timeline-comment{width:${COLUMN_PX}px;margin:16px;border:1px solid #d0d7de;border-radius:6px;box-sizing:border-box}
.timeline-comment-header{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:8px 16px;color:#59636e}
.markdown-body{padding:16px;overflow-wrap:break-word;word-wrap:break-word}
.markdown-body code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%;white-space:break-spaces;font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.markdown-body pre{background:#f6f8fa;border-radius:6px;padding:16px;overflow:auto;font-size:85%;line-height:1.45;word-wrap:normal}
.markdown-body pre code{background:none;padding:0;white-space:pre;word-break:normal}
.markdown-body h3{font-size:1.25em;border-bottom:1px solid #d1d9e0;padding-bottom:.3em}
.markdown-body h4{font-size:1em}
.markdown-body table{display:block;width:max-content;max-width:100%;overflow:auto;border-spacing:0;border-collapse:collapse}
.markdown-body td,.markdown-body th{border:1px solid #d1d9e0;padding:6px 13px}
.markdown-body summary{cursor:pointer}
.markdown-body img{max-width:100%}`

/** The whole page: a comment by the Actions bot holding `markdown`. */
export function commentPage(markdown: string): string {
  const body = marked.parse(markdown, { gfm: true, async: false })
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><div class="timeline-comment"><div class="timeline-comment-header"><b>github-actions</b> bot commented</div><div class="markdown-body">${body}</div></div></body></html>`
}
