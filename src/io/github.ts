/**
 * A small GitHub REST/GraphQL client on top of @actions/github's Octokit (which brings proxy
 * support and GHES base URLs from GITHUB_API_URL). Adds what the gate needs and Octokit lacks:
 * retries with exponential backoff on 5xx, network errors and secondary rate limits, Link-header
 * pagination with a page cap, and errors that read as one clear line.
 *
 * MODEL_BUDGET_RETRY_BASE_MS (test-only): base of the backoff in milliseconds (default 1000).
 * When set, it also replaces server-sent Retry-After waits so tests with injected failures run
 * in milliseconds. Do not set it in real workflows.
 */
import { EnvironmentError } from '../graph/errors.js';
import { getOctokit } from '@actions/github';

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly data: T;
}

export class GitHubApiError extends EnvironmentError {
  override name = 'GitHubApiError';
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly detail: string,
    readonly attempts: number,
  ) {
    super(`GitHub API ${method} ${path} failed with ${status === 0 ? 'a network error' : `HTTP ${status}`}${attempts > 1 ? ` after ${attempts} attempts` : ''}: ${detail}`);
  }
}

/** Sends one request; resolves with any HTTP status (status 0: no response). */
export type Transport = (method: string, url: string, body: unknown) => Promise<ApiResponse>;

export interface ClientOptions {
  readonly maxAttempts?: number;
  readonly retryBaseMs?: number;
  /** Longest server-requested wait honoured before giving up, in ms. */
  readonly maxRetryAfterMs?: number;
  readonly log?: (message: string) => void;
  readonly sleep?: (ms: number) => Promise<void>;
}

const sleepReal = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function lowerHeaders(h: Record<string, unknown> | undefined): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(h ?? {})) out[k.toLowerCase()] = v === undefined || v === null ? undefined : String(v);
  return out;
}

/** Transport over Octokit: its RequestError is turned back into a plain response. */
export function octokitTransport(token: string): Transport {
  const octokit = getOctokit(token);
  return async (method, url, body) => {
    try {
      const r = await octokit.request(`${method} ${url}`, body === undefined ? {} : { data: body });
      return { status: r.status, headers: lowerHeaders(r.headers as Record<string, unknown>), data: r.data as unknown };
    } catch (e) {
      // Octokit throws RequestError for HTTP >= 400 and plain errors for network failures.
      const err = e as { status?: number; response?: { headers?: Record<string, unknown>; data?: unknown }; message?: string };
      if (typeof err.status === 'number' && err.status > 0 && err.response) {
        return { status: err.status, headers: lowerHeaders(err.response.headers), data: err.response.data };
      }
      return { status: 0, headers: {}, data: { message: err.message ?? String(e) } };
    }
  };
}

function messageOf(data: unknown): string {
  if (data && typeof data === 'object' && 'message' in data && typeof (data as { message: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  if (typeof data === 'string' && data.trim()) return data.trim().slice(0, 200);
  return 'no error message';
}

/** Rate-limit or transient failure worth retrying? Returns the server-requested wait if any. */
function retryable(r: ApiResponse): { retry: boolean; waitMs?: number } {
  const retryAfter = r.headers['retry-after'];
  const waitMs = retryAfter !== undefined && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
  if (r.status === 0 || r.status >= 500) return { retry: true, ...(waitMs !== undefined ? { waitMs } : {}) };
  if (r.status === 429) return { retry: true, ...(waitMs !== undefined ? { waitMs } : {}) };
  if (r.status === 403) {
    if (waitMs !== undefined) return { retry: true, waitMs };
    if (r.headers['x-ratelimit-remaining'] === '0') {
      const reset = Number(r.headers['x-ratelimit-reset']);
      const until = Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : undefined;
      return { retry: true, ...(until !== undefined ? { waitMs: until } : {}) };
    }
    if (/secondary rate limit/i.test(messageOf(r.data))) return { retry: true };
  }
  return { retry: false };
}

/** Next page URL from a Link header, if any. */
export function nextLink(link: string | undefined): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
    if (m) return m[1]!;
  }
  return null;
}

export class GitHubClient {
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly testMode: boolean;
  private readonly maxRetryAfterMs: number;
  private readonly log: (message: string) => void;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly transport: Transport,
    readonly apiUrl: string,
    readonly graphqlUrl: string,
    options: ClientOptions = {},
  ) {
    const envBase = process.env['MODEL_BUDGET_RETRY_BASE_MS'];
    this.testMode = options.retryBaseMs === undefined && envBase !== undefined && /^\d+$/.test(envBase);
    this.retryBaseMs = options.retryBaseMs ?? (this.testMode ? Number(envBase) : 1000);
    this.maxAttempts = options.maxAttempts ?? 4;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
    this.log = options.log ?? (() => undefined);
    this.sleep = options.sleep ?? sleepReal;
  }

  /**
   * One REST call with retries. `path` is relative to the API URL ("/repos/o/r/...") or a full
   * URL (pagination). Throws GitHubApiError for any final status >= 400.
   */
  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const url = /^https?:\/\//.test(path) ? path : `${this.apiUrl.replace(/\/+$/, '')}${path}`;
    for (let attempt = 1; ; attempt++) {
      const r = await this.transport(method, url, body);
      if (r.status > 0 && r.status < 400) return r as ApiResponse<T>;
      const verdict = retryable(r);
      const shownPath = url.startsWith(this.apiUrl) ? url.slice(this.apiUrl.replace(/\/+$/, '').length) : url;
      if (!verdict.retry || attempt >= this.maxAttempts) {
        throw new GitHubApiError(method, shownPath, r.status, messageOf(r.data), attempt);
      }
      let wait = this.retryBaseMs * 2 ** (attempt - 1);
      if (verdict.waitMs !== undefined && !this.testMode) {
        if (verdict.waitMs > this.maxRetryAfterMs) {
          throw new GitHubApiError(method, shownPath, r.status, `rate limited; the server asks to wait ${Math.ceil(verdict.waitMs / 1000)} s, longer than the ${this.maxRetryAfterMs / 1000} s this action waits`, attempt);
        }
        wait = Math.max(wait, verdict.waitMs);
      }
      this.log(`GitHub API ${method} ${shownPath}: ${r.status === 0 ? 'network error' : `HTTP ${r.status}`} (${messageOf(r.data)}); retry ${attempt}/${this.maxAttempts - 1} in ${wait} ms`);
      await this.sleep(wait);
    }
  }

  /**
   * Every item over all pages (following Link rel="next"), up to `maxItems`. `truncated` says
   * whether more items existed.
   */
  async paginate<T>(path: string, maxItems = Number.POSITIVE_INFINITY): Promise<{ items: T[]; truncated: boolean }> {
    const items: T[] = [];
    let url: string | null = path + (path.includes('?') ? '&' : '?') + 'per_page=100';
    while (url) {
      const r: ApiResponse<unknown> = await this.request<unknown>('GET', url);
      if (!Array.isArray(r.data)) throw new GitHubApiError('GET', path, r.status, 'expected a JSON array', 1);
      for (const item of r.data as T[]) {
        if (items.length >= maxItems) return { items, truncated: true };
        items.push(item);
      }
      url = nextLink(r.headers['link']);
      if (url && items.length >= maxItems) return { items, truncated: true };
    }
    return { items, truncated: false };
  }

  /** GraphQL call; GraphQL-level errors are thrown as GitHubApiError too. */
  async graphql<T = unknown>(query: string, variables: Record<string, unknown>): Promise<T> {
    const r = await this.request<{ data?: T; errors?: Array<{ message: string }> }>('POST', this.graphqlUrl, { query, variables });
    if (r.data.errors?.length) {
      throw new GitHubApiError('POST', 'graphql', r.status, r.data.errors.map((e) => e.message).join('; '), 1);
    }
    return r.data.data as T;
  }
}

/** Default GraphQL endpoint for an API URL (github.com and GHES layouts). */
export function graphqlUrlFor(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return base.endsWith('/api/v3') ? `${base.slice(0, -'/v3'.length)}/graphql` : `${base}/graphql`;
}
