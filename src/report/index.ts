// The report renderers: pure functions from a Report to text (no I/O).
export { renderText } from './renderText.js'
export { renderMarkdown, SUMMARY_BUDGET } from './renderMarkdown.js'
export { renderJson } from './renderJson.js'
export {
  renderComment,
  renderResolvedComment,
  commentMarker,
  COMMENT_LIMIT
} from './renderComment.js'
export { annotations, MAX_ANNOTATIONS, type Annotation } from './annotations.js'
export { redactAccountIds, ACCOUNT_MASK } from './redactAccountIds.js'
export { escapeText, escapeHtml, codeSpan, codeBlock } from './markdown.js'
export { renderSarif, renderCompact, sarifLog } from './renderSarif.js'
export { ruleFor, allRules, ruleAnchor, type RuleInfo } from './ruleIds.js'
