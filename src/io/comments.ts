/**
 * The one sticky PR comment per comment-key: found by a hidden marker over every page of the
 * PR's comments, authored by the token's user, edited in place, race duplicates deleted
 * (the oldest wins).
 *
 * The marker counts only as the body's first line, where we write it: a marker further down is
 * text the report showed (a file named like another gate's marker), not a claim on the comment.
 *
 * Author check: the comment must be by the token's own account. GET /user names it for a personal
 * token; installation tokens (GITHUB_TOKEN, GitHub App tokens) cannot call it (403), and the
 * GraphQL `viewer` names their bot (`github-actions[bot]`, `<app>[bot]`) instead. The account id
 * is compared when known (a login can be renamed and taken), else the login. Only when neither
 * call answers is any Bot account's comment with the marker a candidate (human users' never
 * are); then comments of two or more bot accounts are not told apart: none is edited or deleted,
 * a new comment is posted, and the account the POST's answer names is ours from then on. Before,
 * another App's comment (or one a bot echoed from user text) with our marker as its first line
 * was taken for ours: edited with the report, which its author could edit back at will, and ours
 * deleted as a duplicate of it when it was older.
 */
import { commentMarker } from '../report/index.js';
import { GitHubApiError } from './github.js';
import type { GitHubClient } from './github.js';

export interface IssueComment {
  readonly id: number;
  readonly node_id?: string;
  readonly body?: string;
  readonly user?: { readonly login?: string; readonly type?: string; readonly id?: number } | null;
  readonly created_at?: string;
}

export { commentMarker };

/**
 * Whether the marker is the body's first line, the only place we write it. Elsewhere it is text
 * we showed (a file or node name can spell another gate's marker), never a sign the comment is
 * ours. `\r\n`: a comment edited in GitHub's web editor comes back with CRLF line ends.
 */
function startsWithMarker(body: string, marker: string): boolean {
  return body === marker || body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`);
}

/** Body with the marker as its first line (added if the renderer did not put it there). */
export function withMarker(body: string, key: string): string {
  const marker = commentMarker(key);
  return startsWithMarker(body, marker) ? body : `${marker}\n${body}`;
}

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

/** The token's account: its login, and its id when the API said it (absent: compare logins). */
export type Authorship = { readonly kind: 'login'; readonly login: string; readonly id?: number } | { readonly kind: 'bots' };

/** The account an API answer names (GET /user, a comment's `user`), or null for anything else. */
function accountOf(data: unknown, idKey: 'id' | 'databaseId'): Authorship | null {
  if (data === null || typeof data !== 'object') return null;
  const { login } = data as { login?: unknown };
  const id = (data as Record<string, unknown>)[idKey];
  if (typeof login !== 'string' || !login) return null;
  return isCommentId(id) ? { kind: 'login', login, id } : { kind: 'login', login };
}

export async function tokenAuthorship(client: GitHubClient, log: (m: string) => void): Promise<Authorship> {
  try {
    const account = accountOf((await client.request<unknown>('GET', '/user')).data, 'id');
    if (account) return account;
  } catch (e) {
    // A rate limit says nothing about the token's kind: taking a personal token for an
    // installation one would miss its user's earlier comment and post a second.
    if (!(e instanceof GitHubApiError) || e.rateLimited || (e.status !== 403 && e.status !== 401 && e.status !== 404)) throw e;
  }
  try {
    // An installation token's own bot: GraphQL answers `viewer` where REST refuses GET /user.
    const data = await client.graphql<{ viewer?: unknown }>('query { viewer { login databaseId } }', {});
    const account = accountOf(data?.viewer, 'databaseId');
    if (account) return account;
  } catch (e) {
    if (e instanceof GitHubApiError && e.rateLimited) throw e;
    log(`The token's account could not be read from GraphQL viewer either (${(e as Error).message})`);
  }
  log('The token cannot read GET /user nor GraphQL viewer: matching the comment by marker and a bot author');
  return { kind: 'bots' };
}

/** An id a comment can have: a positive whole number JavaScript holds exactly. */
function isCommentId(id: unknown): id is number {
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
}

/** A comment as the API should send it; anything else in the list is ignored, never trusted. */
function wellFormed(c: IssueComment): boolean {
  return isCommentId(c.id) && typeof c.body === 'string'
    && (c.node_id === undefined || typeof c.node_id === 'string')
    && (c.user === undefined || c.user === null || typeof c.user === 'object');
}

/** The id in an API answer about one comment, or null when it names none a comment can have (an odd or hostile answer). */
function commentIdOf(data: unknown): number | null {
  const id = data !== null && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
  return isCommentId(id) ? id : null;
}

function isOurs(c: IssueComment, marker: string, author: Authorship): boolean {
  if (!wellFormed(c) || !startsWithMarker(c.body!, marker)) return false;
  if (author.kind === 'login') return author.id !== undefined && isCommentId(c.user?.id) ? c.user.id === author.id : c.user?.login === author.login;
  return c.user?.type === 'Bot' || (c.user?.login ?? '').endsWith('[bot]');
}

/** Who wrote a comment, as one string (id when given, else login). */
function authorKey(c: IssueComment): string {
  return isCommentId(c.user?.id) ? `id ${c.user.id}` : `login ${c.user?.login ?? ''}`;
}

export class StickyComment {
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: Repo,
    private readonly issue: number,
    private readonly key: string,
    private author: Authorship,
    private readonly log: (m: string) => void,
  ) {}

  private get base(): string {
    return `/repos/${this.repo.owner}/${this.repo.repo}/issues`;
  }

  /** Our comments with the marker, oldest first (all pages, up to the client's page cap). */
  async find(): Promise<IssueComment[]> {
    const { items, truncated } = await this.client.paginate<IssueComment>(`${this.base}/${this.issue}/comments`);
    if (truncated) this.log(`Read the first ${items.length} comments of #${this.issue} only: an earlier model-budget comment beyond them is not found`);
    const marker = commentMarker(this.key);
    const found = items.filter((c) => isOurs(c, marker, this.author)).sort((a, b) => a.id - b.id);
    if (this.author.kind === 'bots' && new Set(found.map(authorKey)).size > 1) {
      this.log(`Comments of ${new Set(found.map(authorKey)).size} bot accounts carry the marker, and the token's own account is not known: none is edited or deleted`);
      return [];
    }
    return found;
  }

  /** The account the API's answer to our POST names: ours, for the rest of this run. */
  private learnAuthor(created: unknown): void {
    if (this.author.kind !== 'bots' || created === null || typeof created !== 'object') return;
    const account = accountOf((created as { user?: unknown }).user, 'id');
    if (account) this.author = account;
  }

  /** Deletes all but the oldest; returns the oldest. */
  private async dedupe(found: IssueComment[]): Promise<IssueComment | null> {
    const [keep, ...extra] = found;
    for (const c of extra) {
      this.log(`Deleting duplicate model-budget comment ${c.id} (keeping ${keep!.id})`);
      try {
        await this.client.request('DELETE', `${this.base}/comments/${c.id}`);
      } catch (e) {
        if (!(e instanceof GitHubApiError && e.status === 404)) throw e; // already gone: another run won
      }
    }
    return keep ?? null;
  }

  /**
   * Creates or edits the comment; returns its id and what was done. The id is null when the
   * API's answer to the POST names no comment and the list does not show one either: the
   * comment may exist, but no id we could trust says which.
   */
  async upsert(bodyText: string): Promise<{ id: number | null; action: 'created' | 'updated' | 'unchanged' }> {
    const body = withMarker(bodyText, this.key);
    const existing = await this.dedupe(await this.find());
    if (existing) {
      if (existing.body === body) return { id: existing.id, action: 'unchanged' };
      await this.client.request('PATCH', `${this.base}/comments/${existing.id}`, { body });
      return { id: existing.id, action: 'updated' };
    }
    const created = await this.client.request<unknown>('POST', `${this.base}/${this.issue}/comments`, { body });
    const createdId = commentIdOf(created.data);
    this.learnAuthor(created.data);
    // Two jobs racing may both have created one: look again, keep the oldest, carry our body over.
    const after = await this.find();
    if (after.length > 1) {
      const keep = await this.dedupe(after);
      if (keep && keep.id !== createdId) {
        await this.client.request('PATCH', `${this.base}/comments/${keep.id}`, { body });
        return { id: keep.id, action: 'updated' };
      }
    }
    // An answer without an id: the one comment of ours the list shows is the one just posted.
    return { id: createdId ?? after[0]?.id ?? null, action: 'created' };
  }

  /**
   * What happens to an earlier comment once the PR is clean: `update` edits it to the new body,
   * `hide` edits it to a short note and minimizes it (GraphQL minimizeComment, OUTDATED),
   * `delete` removes it. Returns the id of a remaining comment, or null.
   */
  async clean(mode: 'update' | 'hide' | 'delete', bodyText: string, hideNote: string): Promise<{ id: number | null; action: string }> {
    const existing = await this.dedupe(await this.find());
    if (!existing) return { id: null, action: 'none' };
    if (mode === 'delete') {
      await this.client.request('DELETE', `${this.base}/comments/${existing.id}`);
      return { id: null, action: 'deleted' };
    }
    if (mode === 'update') {
      const body = withMarker(bodyText, this.key);
      if (existing.body !== body) await this.client.request('PATCH', `${this.base}/comments/${existing.id}`, { body });
      return { id: existing.id, action: 'updated' };
    }
    const note = withMarker(hideNote, this.key);
    if (existing.body !== note) await this.client.request('PATCH', `${this.base}/comments/${existing.id}`, { body: note });
    if (existing.node_id) {
      try {
        await this.client.graphql(
          'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }',
          { id: existing.node_id },
        );
      } catch (e) {
        // The edited note already says the PR is clean; minimizing is cosmetic.
        this.log(`Could not minimize comment ${existing.id}: ${(e as Error).message}`);
      }
    }
    return { id: existing.id, action: 'hidden' };
  }
}
