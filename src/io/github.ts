/**
 * The GitHub REST/GraphQL client: @actions/github's Octokit (proxy support, GHES base URLs) with
 * Octokit's own plugins for what a gate on a busy repository needs:
 *
 * - @octokit/plugin-retry: 5xx, 429 and network failures are retried (3 times, waits of 1, 4, 9 s);
 * - @octokit/plugin-throttling: primary and secondary rate limits wait for the time GitHub asks
 *   (Retry-After, X-RateLimit-Reset) up to MAX_RETRY_AFTER_S, and writes are spaced as GitHub's
 *   best practices ask;
 * - `octokit.paginate.iterator` for lists, with a page cap;
 *
 * and what this module adds on top, because API answers are input like any other: every
 * response body is capped (MAX_RESPONSE_BYTES), requests never leave the API's origin (a `Link`
 * header pointing elsewhere does not get the token), lists must be JSON arrays of objects, and
 * every failure is one GitHubApiError line naming the call.
 *
 * MODEL_BUDGET_RETRY_BASE_MS (test-only, for the end-to-end tests of the bundle): milliseconds
 * waited per second that a backoff or the server asks for (default 1000), and no spacing of
 * writes. Do not set it in real workflows.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import { EnvironmentError } from '../graph/errors.js';

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
    readonly attempts = 1,
    /** GitHub's rate limit refused the call (a 403 or 429 that is not about permissions). */
    readonly rateLimited = false,
  ) {
    super(`GitHub API ${method} ${path} failed with ${status === 0 ? 'a network error' : `HTTP ${status}`}${attempts > 1 ? ` after ${attempts} attempts` : ''}: ${detail}`);
  }
}

/** Largest response body read; GitHub's own pages of 100 comments stay far below it. */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/** Longest server-requested wait honoured before giving up, in seconds. */
export const MAX_RETRY_AFTER_S = 120;
/** Pages read from one list (100 items each) unless the caller asks for fewer items. */
export const MAX_PAGES = 100;

export interface ClientOptions {
  readonly log?: (message: string) => void;
  /** Milliseconds per second of a wait (backoff, Retry-After, rate-limit reset); 1000. */
  readonly msPerSecond?: number;
  /** Retries after the first attempt, for failures and for rate limits; 3. */
  readonly retries?: number;
}

type Octokit = ReturnType<typeof getOctokit>;
type Log = (message: string) => void;

/** The server's message, one line, at most 200 characters. */
function messageOf(data: unknown): string {
  let text = 'no error message';
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') {
    text = (data as { message: string }).message;
  } else if (typeof data === 'string' && data.trim()) {
    text = data;
  }
  return JSON.stringify(text.trim().slice(0, 200)).slice(1, -1);
}

/** A fetch whose body is read up to `max` bytes; a larger answer is a network-level failure. */
function cappedFetch(inner: typeof fetch, max: number): typeof fetch {
  return async (input, init) => {
    const res = await inner(input, init);
    const declared = Number(res.headers.get('content-length'));
    if (declared > max) {
      await res.body?.cancel();
      throw new Error(`response of ${declared} bytes, more than the ${max} this action reads`);
    }
    if (!res.body) return res;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > max) throw new Error(`response larger than the ${max} bytes this action reads`);
      chunks.push(chunk);
    }
    const capped = new Response(Buffer.concat(chunks), { status: res.status, statusText: res.statusText, headers: res.headers });
    Object.defineProperty(capped, 'url', { value: res.url });
    return capped;
  };
}

/**
 * Our own small plugin, registered first so that it runs inside the retry plugin (once per
 * attempt): the origin check (the token goes to the API's origin only) and a log line for every
 * failed attempt that the retry plugin may repeat.
 */
function guard(origin: string, log: Log, attempts: Map<string, number>) {
  return (octokit: { hook: Octokit['hook'] }): void => {
    octokit.hook.wrap('request', async (request, options) => {
      const url = new URL(options.url, origin);
      if (url.origin !== origin) {
        throw new Error(`refusing a request to ${url.origin}: only ${origin} gets the token`);
      }
      const key = `${options.method} ${url.pathname}`;
      attempts.set(key, (attempts.get(key) ?? 0) + 1);
      try {
        return await request(options);
      } catch (e) {
        const err = e as { status?: unknown; response?: unknown; message?: unknown };
        if (typeof err.status === 'number' && err.status >= 500) {
          const what = err.response ? `HTTP ${err.status}` : `network error (${messageOf({ message: String(err.message) })})`;
          log(`GitHub API ${options.method} ${url.pathname}: ${what}; retried while attempts are left`);
        }
        throw e;
      }
    });
  };
}

/** A scheduler group that runs every job at once: writes are not spaced in the tests. */
const NO_SPACING = { key: () => ({ schedule: (_options: unknown, job: (...a: unknown[]) => unknown, ...args: unknown[]) => job(...args) }) };

export class GitHubClient {
  private readonly octokit: Octokit;
  private readonly log: Log;
  private readonly retries: number;
  /** Attempts per `METHOD /path` of the call under way, counted by the guard plugin. */
  private readonly attempts = new Map<string, number>();

  constructor(token: string, readonly apiUrl: string, readonly graphqlUrl: string, options: ClientOptions = {}) {
    this.log = options.log ?? (() => undefined);
    this.retries = options.retries ?? 3;
    const envBase = process.env['MODEL_BUDGET_RETRY_BASE_MS'];
    const testWaits = options.msPerSecond === undefined && envBase !== undefined && /^\d+$/.test(envBase);
    const msPerSecond = options.msPerSecond ?? (testWaits ? Number(envBase) : 1000);
    const onLimit = (kind: string) => (retryAfter: number, o: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const where = `GitHub API ${o.method} ${new URL(o.url, this.apiUrl).pathname}`;
      if (retryAfter > MAX_RETRY_AFTER_S) {
        this.log(`${where}: ${kind}; the server asks to wait ${retryAfter} s, longer than the ${MAX_RETRY_AFTER_S} s this action waits`);
        return false;
      }
      if (retryCount >= this.retries) return false;
      this.log(`${where}: ${kind}; retry ${retryCount + 1}/${this.retries} in ${retryAfter} s`);
      return true;
    };
    const throttle: ThrottlingOptions = {
      retryAfterBaseValue: msPerSecond,
      onRateLimit: onLimit('rate limit exceeded'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      // Bottleneck.Group's interface as far as the plugin uses it (key().schedule()).
      ...(msPerSecond < 1000 ? { write: NO_SPACING as never, notifications: NO_SPACING as never } : {}),
    };
    const origin = new URL(apiUrl).origin;
    const baseUrl = apiUrl.replace(/\/+$/, '');
    // @actions/github's request defaults carry the runner's proxy agent and fetch; options
    // replace them as a whole, so they are read from a plain client and the fetch is wrapped.
    const defaults = getOctokit(token, { baseUrl }).request.endpoint.DEFAULTS.request ?? {};
    const request = { agent: defaults.agent, fetch: cappedFetch((defaults.fetch as typeof fetch | undefined) ?? fetch, MAX_RESPONSE_BYTES) };
    this.octokit = getOctokit(
      token,
      { baseUrl, request, throttle, retry: { retryAfterBaseValue: msPerSecond, retries: this.retries } },
      guard(origin, this.log, this.attempts),
      retry,
      throttling,
    );
  }

  private shown(url: string): string {
    const base = this.apiUrl.replace(/\/+$/, '');
    return url.startsWith(base) ? url.slice(base.length) : url;
  }

  /** Any failure as one GitHubApiError line naming the call. */
  private failure(method: string, url: string, e: unknown, attempts: number): GitHubApiError {
    const err = e as { status?: unknown; response?: { headers?: Record<string, unknown>; data?: unknown }; message?: unknown };
    const status = typeof err.status === 'number' && err.response ? err.status : 0;
    let detail = status ? messageOf(err.response?.data) : messageOf({ message: String(err.message ?? e) });
    const headers = err.response?.headers ?? {};
    const rateLimited = (status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /secondary rate limit/i.test(detail));
    if (rateLimited) {
      const after = Number(headers['retry-after']) || Math.ceil(Number(headers['x-ratelimit-reset']) - Date.now() / 1000);
      detail = after > MAX_RETRY_AFTER_S
        ? `rate limited; the server asks to wait ${after} s, longer than the ${MAX_RETRY_AFTER_S} s this action waits`
        : `rate limited (${detail})`;
    }
    return new GitHubApiError(method, this.shown(url), status, detail, attempts, rateLimited);
  }

  private url(path: string): string {
    return /^https?:\/\//.test(path) ? path : `${this.apiUrl.replace(/\/+$/, '')}${path}`;
  }

  /**
   * One REST call (retried by the plugins). `path` is relative to the API URL ("/repos/o/r/...")
   * or a full URL on the same origin. Throws GitHubApiError for any final failure.
   */
  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const url = this.url(path);
    const key = `${method} ${new URL(url).pathname}`;
    this.attempts.delete(key);
    try {
      const r = await this.octokit.request(`${method} ${url}`, body === undefined ? {} : { data: body });
      return { status: r.status, headers: r.headers as Record<string, string | undefined>, data: r.data as T };
    } catch (e) {
      throw this.failure(method, url, e, this.attempts.get(key) ?? 1);
    } finally {
      this.attempts.delete(key);
    }
  }

  /**
   * Every item over all pages (`octokit.paginate.iterator`, 100 per page), up to `maxItems` and
   * MAX_PAGES pages: a list that never ends stops there. `truncated` says whether more existed.
   * A page that is not a JSON array is an error; items that are not objects are dropped.
   */
  async paginate<T extends object>(path: string, maxItems = MAX_PAGES * 100): Promise<{ items: T[]; truncated: boolean }> {
    const url = this.url(path);
    const items: T[] = [];
    let pages = 0;
    const key = `GET ${new URL(url).pathname}`;
    this.attempts.delete(key);
    try {
      for await (const page of this.octokit.paginate.iterator(`GET ${url}`, { per_page: 100 })) {
        this.attempts.delete(key);
        pages++;
        const data: unknown = page.data;
        if (!Array.isArray(data)) throw new GitHubApiError('GET', this.shown(url), page.status, 'expected a JSON array');
        for (const item of data as unknown[]) {
          if (items.length >= maxItems) return { items, truncated: true };
          if (item !== null && typeof item === 'object' && !Array.isArray(item)) items.push(item as T);
        }
        const more = /rel="next"/.test(String(page.headers.link ?? ''));
        if (more && (items.length >= maxItems || pages >= MAX_PAGES)) {
          this.log(`GitHub API GET ${this.shown(url)}: stopped after ${pages} pages (${items.length} items)`);
          return { items, truncated: true };
        }
      }
    } catch (e) {
      if (e instanceof GitHubApiError) throw e;
      throw this.failure('GET', url, e, this.attempts.get(key) ?? 1);
    } finally {
      this.attempts.delete(key);
    }
    return { items, truncated: false };
  }

  /** GraphQL call; GraphQL-level errors are thrown as GitHubApiError too. */
  async graphql<T = unknown>(query: string, variables: Record<string, unknown>): Promise<T> {
    const r = await this.request<unknown>('POST', this.graphqlUrl, { query, variables });
    const data = r.data as { data?: T; errors?: unknown } | null;
    if (data === null || typeof data !== 'object') throw new GitHubApiError('POST', 'graphql', r.status, 'expected a JSON object');
    if (Array.isArray(data.errors) && data.errors.length > 0) {
      throw new GitHubApiError('POST', 'graphql', r.status, data.errors.map((e: unknown) => messageOf(e)).join('; '));
    }
    return data.data as T;
  }
}

/** Default GraphQL endpoint for an API URL (github.com and GHES layouts). */
export function graphqlUrlFor(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return base.endsWith('/api/v3') ? `${base.slice(0, -'/v3'.length)}/graphql` : `${base}/graphql`;
}
