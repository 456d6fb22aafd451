/**
 * A fake GitHub REST (and minimal GraphQL) server on 127.0.0.1 for end-to-end tests of the
 * bundled action. It keeps state (PR files, issue comments, statuses), paginates like GitHub
 * (per_page, page, Link headers with absolute URLs), records every request, and can be told to
 * fail the next matching requests (403 without permission, 403 rate limit, 502...).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly authorization: string | undefined;
}

export interface FakeComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; type: 'User' | 'Bot'; id?: number };
  created_at: string;
}

export interface PrFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

export interface Failure {
  readonly method: string;
  /** Matched against the request path (no query). */
  readonly path: RegExp;
  readonly status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface FakeGitHubOptions {
  /** Login returned by GET /user; null makes GET /user answer 403 like an installation token. */
  readonly login?: string | null;
}

/** GitHub refuses a comment body over 65,536 characters (422), as the real API does. */
const MAX_COMMENT_CHARS = 65_536;
const BODY_TOO_LONG = { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] };

function tooLong(body: unknown): boolean {
  return Array.from(String((body as { body?: string } | null)?.body ?? '')).length > MAX_COMMENT_CHARS;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, FakeComment[]>();
  readonly prFiles = new Map<number, PrFile[]>();
  readonly statuses: Array<{ sha: string; state: string; context: string; description: string; target_url?: string }> = [];
  readonly minimized: string[] = [];
  /** sha -> pull requests listed by GET /repos/o/r/commits/{sha}/pulls. */
  readonly commitPulls = new Map<string, Array<{ number: number; state: string; head: { sha: string } }>>();
  /** Open pull requests listed by GET /repos/o/r/pulls (`head=owner:branch` filters like GitHub). */
  readonly openPulls: Array<{ number: number; state: string; head: { sha: string; ref: string; repo: { owner: { login: string } } } }> = [];
  /** "base...head" -> merge base sha, for GET /repos/o/r/compare/{basehead}. */
  readonly mergeBases = new Map<string, string>();
  readonly failures: Failure[] = [];
  login: string | null;
  /**
   * The token's own account id (GET /user's `id`, GraphQL viewer's databaseId, the `user.id` of
   * the comments it posts): github-actions[bot]'s by default.
   */
  userId = 41898282;
  /** GraphQL `viewer` answers with an error (an API that does not let the token read it). */
  viewerFails = false;
  /** Called before a request is answered (to simulate another client acting at that moment). */
  onRequest: ((method: string, path: string) => void) | undefined;
  private nextId = 1000;
  private server: Server | null = null;
  private base = '';

  constructor(options: FakeGitHubOptions = {}) {
    this.login = options.login === undefined ? 'github-actions[bot]' : options.login;
  }

  get url(): string {
    return this.base;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          this.handle(req, res, Buffer.concat(chunks).toString('utf8'));
        } catch (e) {
          this.send(res, 500, { message: `fake server bug: ${(e as Error).message}` });
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  /** Adds a comment as if someone (default: a human) had posted it. */
  addComment(issue: number, body: string, user: FakeComment['user'] = { login: 'octocat', type: 'User' }): FakeComment {
    const c: FakeComment = { id: this.nextId++, node_id: `IC_${this.nextId}`, body, user, created_at: new Date().toISOString() };
    const list = this.comments.get(issue) ?? [];
    list.push(c);
    this.comments.set(issue, list);
    return c;
  }

  fail(failure: Failure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** Recorded requests matching method and path regexp. */
  find(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = status === 204 ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(text);
  }

  private paginate<T>(res: ServerResponse, url: URL, items: readonly T[]): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const link = (p: number, rel: string): string => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return `<${this.base}${u.pathname}${u.search}>; rel="${rel}"`;
    };
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    this.send(res, 200, slice, links.length ? { link: links.join(', ') } : {});
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const path = url.pathname;
    this.requests.push({ method, path, query: url.searchParams, body, authorization: req.headers.authorization });
    this.onRequest?.(method, path);

    const failure = this.failures.find((f) => f.method === method && f.path.test(path) && (f.times ?? 1) > 0);
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      this.send(res, failure.status, failure.body ?? { message: `injected ${failure.status}` }, failure.headers ?? {});
      return;
    }

    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/user') {
      if (this.login === null) return this.send(res, 403, { message: 'Resource not accessible by integration' });
      return this.send(res, 200, { login: this.login, id: this.userId, type: this.login.endsWith('[bot]') ? 'Bot' : 'User' });
    }
    if (method === 'POST' && path === '/graphql') {
      const b = body as { query?: string; variables?: { id?: string } };
      if (b.query?.includes('minimizeComment') && b.variables?.id) {
        this.minimized.push(b.variables.id);
        return this.send(res, 200, { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } });
      }
      // An installation token reads its bot account here (GET /user answers 403 to it).
      if (b.query?.includes('viewer') && !this.viewerFails) {
        return this.send(res, 200, { data: { viewer: { login: this.login ?? 'github-actions[bot]', databaseId: this.userId } } });
      }
      return this.send(res, 200, { errors: [{ message: 'unsupported query in the fake' }] });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(path)) && method === 'GET') {
      return this.paginate(res, url, this.prFiles.get(Number(m[1])) ?? []);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (method === 'GET') return this.paginate(res, url, this.comments.get(issue) ?? []);
      if (method === 'POST') {
        if (tooLong(body)) return this.send(res, 422, BODY_TOO_LONG);
        const user: FakeComment['user'] = { login: this.login ?? 'github-actions[bot]', type: (this.login ?? '[bot]').endsWith('[bot]') ? 'Bot' : 'User', id: this.userId };
        return this.send(res, 201, this.addComment(issue, String((body as { body?: string }).body ?? ''), user));
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      const id = Number(m[1]);
      for (const [issue, list] of this.comments) {
        const i = list.findIndex((c) => c.id === id);
        if (i < 0) continue;
        if (method === 'PATCH') {
          if (tooLong(body)) return this.send(res, 422, BODY_TOO_LONG);
          list[i]!.body = String((body as { body?: string }).body ?? '');
          return this.send(res, 200, list[i]);
        }
        if (method === 'DELETE') {
          list.splice(i, 1);
          this.comments.set(issue, list);
          return this.send(res, 204, null);
        }
      }
      return this.send(res, 404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/statuses\/([0-9a-f]{40})$/.exec(path)) && method === 'POST') {
      const b = body as { state: string; context: string; description: string; target_url?: string };
      this.statuses.push({ sha: m[1]!, ...b });
      return this.send(res, 201, { id: this.nextId++, ...b });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]{40})\/pulls$/.exec(path)) && method === 'GET') {
      return this.send(res, 200, this.commitPulls.get(m[1]!) ?? []);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path) && method === 'GET') {
      const head = url.searchParams.get('head');
      const state = url.searchParams.get('state') ?? 'open';
      const list = this.openPulls.filter((p) => (state === 'all' || p.state === state) && (!head || `${p.head.repo.owner.login}:${p.head.ref}` === head));
      return this.paginate(res, url, list);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/compare\/(.+)$/.exec(path)) && method === 'GET') {
      const mb = this.mergeBases.get(decodeURIComponent(m[1]!));
      if (!mb) return this.send(res, 404, { message: 'Not Found' });
      return this.send(res, 200, { merge_base_commit: { sha: mb } });
    }
    this.send(res, 404, { message: `Not Found (fake has no route ${method} ${path})` });
  }
}
