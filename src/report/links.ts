/**
 * Links in the comment: commits, each model's file in the pull request's diff, the config file
 * and the workflow run. The caller (action/) reads the runner's environment and hands the values
 * down as plain data; everything is checked here before it goes into a URL, so a value that is
 * not what the runner sets gives no link rather than a link somewhere else.
 */
import { createHash } from 'node:crypto';
import { encodeUtf8Escaped } from '../formats/escaped-utf8.js';

export interface LinkContext {
  /** `GITHUB_SERVER_URL`, e.g. `https://github.com`. */
  readonly serverUrl: string;
  /** `GITHUB_REPOSITORY`, `owner/name`. */
  readonly repository: string;
  /** The pull request the comment is on (diff links need it). */
  readonly pullNumber?: number | null;
  /** `GITHUB_RUN_ID`, for the footer. */
  readonly runId?: string | null;
}

/** A validated LinkContext: URLs built from it need no further escaping. */
export interface Links {
  readonly repoUrl: string;
  readonly pullNumber: number | null;
  readonly runId: string | null;
}

// No characters that could end a markdown link destination or an HTML attribute: ( ) < > space " '.
const SERVER_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~-]+)*$/;
// GitHub owners are [A-Za-z0-9-], repository names [A-Za-z0-9._-].
const REPOSITORY = /^[A-Za-z0-9-]{1,100}\/[A-Za-z0-9._-]{1,100}$/;

export function checkLinks(ctx: LinkContext | null | undefined): Links | null {
  if (!ctx) return null;
  const server = ctx.serverUrl.replace(/\/+$/, '');
  if (!SERVER_URL.test(server) || !REPOSITORY.test(ctx.repository) || ctx.repository.split('/').some((p) => p === '.' || p === '..')) return null;
  const pr = ctx.pullNumber;
  const runId = ctx.runId && /^\d{1,20}$/.test(ctx.runId) ? ctx.runId : null;
  return { repoUrl: `${server}/${ctx.repository}`, pullNumber: typeof pr === 'number' && Number.isSafeInteger(pr) && pr > 0 ? pr : null, runId };
}

const HEX_SHA = /^[0-9a-f]{7,64}$/i;

export function commitUrl(links: Links, sha: string): string | null {
  return HEX_SHA.test(sha) ? `${links.repoUrl}/commit/${sha.toLowerCase()}` : null;
}

/**
 * A file in the pull request's "Files changed" tab: GitHub anchors each file at `diff-` and the
 * SHA-256 of its path (hex).
 */
export function diffUrl(links: Links, path: string): string | null {
  // The bytes git stores (encodeURIComponent threw URIError on a name byte that was not UTF-8).
  const bytes = encodeUtf8Escaped(path);
  if (links.pullNumber === null || bytes === null) return null;
  return `${links.repoUrl}/pull/${links.pullNumber}/files#diff-${createHash('sha256').update(bytes).digest('hex')}`;
}

/** A path segment's bytes percent-encoded: all but the unreserved `A-Z a-z 0-9 - . _ ~`. */
function encodeSegment(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9._~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** A file at a commit; each path segment percent-encoded. */
export function blobUrl(links: Links, sha: string, path: string): string | null {
  if (!HEX_SHA.test(sha) || path === '' || path.startsWith('/')) return null;
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  const encoded: string[] = [];
  for (const s of segments) {
    const bytes = encodeUtf8Escaped(s);
    if (bytes === null) return null;
    encoded.push(encodeSegment(bytes));
  }
  return `${links.repoUrl}/blob/${sha.toLowerCase()}/${encoded.join('/')}`;
}

export function runUrl(links: Links): string | null {
  return links.runId === null ? null : `${links.repoUrl}/actions/runs/${links.runId}`;
}

/** `[text](url)`, or the text alone without a URL. `text` is already markdown (escaped or a code span). */
export function mdLink(text: string, url: string | null): string {
  return url === null ? text : `[${text}](${url})`;
}
