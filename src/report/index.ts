/**
 * Rendering of a GateReport: the sticky PR comment, the job summary and plain text for the CLI.
 * Pure functions: the caller posts or prints the strings.
 */
export {
  commentMarker,
  DEFAULT_COMMENT_KEY,
  GITHUB_COMMENT_LIMIT,
  headline,
  headlineWithoutIcon,
  JOB_SUMMARY_LIMIT,
  renderComment,
  renderSummary,
} from './markdown.js';
export type { RenderOptions } from './markdown.js';
export type { LinkContext } from './links.js';
export { renderText, verdictLine } from './text.js';
export { escapeCsvField, escapeLog, escapeMarkdown, escapeText, jsonForLog, sanitizeCommentKey } from './escape.js';
