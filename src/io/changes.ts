/**
 * From "files that changed" to "models that changed": model paths are picked with the `models`
 * globs (with the default globs, a `.bin`/`.pb` only when its first bytes are a model's, a `.h5`
 * only when it is a Keras save), renames keep their old path, a model of several files (a shard set, GGUF splits, a SavedModel folder)
 * is one change however many of its files changed, and a changed side file (external data such
 * as `model.onnx.data`, a config.json, as the model's format names them) marks every model that
 * needs it as modified.
 */
import { posix } from 'node:path';
import { defaultGlobCheck, HEAD_BYTES, isModelByDefault, modelKeyOf, namesSideFilesInContent, sideFileLocations } from '../formats/registry.js';
import type { ModelKey } from '../formats/registry.js';
import { ModelFileError } from '../graph/errors.js';
import type { FileChange } from './git.js';
import { parseLfsPointer } from './lfs.js';
import { linkAliases, MAX_ALIAS_PATHS, MAX_LINK_ALIASES, resolveInTree } from './link-aliases.js';
import type { LinkListing } from './link-aliases.js';
import { filesEqual, sideFilePath } from './sources.js';
import type { TreeSource } from './sources.js';

export type ModelChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

export interface ModelChange {
  readonly status: ModelChangeStatus;
  /** Head path (base path for deleted models). */
  readonly path: string;
  readonly previousPath?: string;
  /** Why a model with an unchanged model file counts as changed. */
  readonly via?: string;
  /** Where the path's links lead, when it is a link or under one (on the head; the base for a deleted model). */
  readonly linkTo?: string;
  /** For a change measured on both sides: the file its base was read from, when not the one linkTo names (ModelReport.baseLinkTo). */
  readonly baseLinkTo?: string;
  /** The set that reads this file on the side where it is no model of its own (unreadMembers). */
  readonly partOf?: string;
}

/**
 * Models larger than this are not read into memory to find the side files they reference; a
 * format that names them inside (ONNX) is opened by its reader instead (see findModelChanges).
 */
export const MAX_SCANNED_MODEL_BYTES = 64 * 1024 * 1024;

/** True when `dir` is `sub` or one of its ancestors ('' is the root). */
function isAncestorDir(dir: string, sub: string): boolean {
  return dir === '' || dir === '.' || sub === dir || sub.startsWith(`${dir}/`);
}

function dirOf(path: string): string {
  const d = posix.dirname(path);
  return d === '.' ? '' : d;
}

export interface ChangeOptions {
  /**
   * The `models` globs are the defaults: a selected file with an ending non-model files share
   * (`.bin`, `.pb`) counts as a model only when its first bytes (on either side) are a known
   * format's, a `.h5` only when they hold a Keras save (formats/registry.ts `defaultGlobCheck`);
   * otherwise it is a possible side file (ONNX external data) or a data file and a debug line
   * says so.
   */
  readonly defaultGlobs?: boolean;
  readonly log?: (message: string) => void;
  /** A note the user should see (links past the caps of link-aliases.ts); default `log`. */
  readonly warn?: (message: string) => void;
  /** Opens a model near a changed non-model file and keeps the read for its profile (io/opened-models.ts). */
  readonly opener?: ModelOpener;
}

/** Reads a model once for both questions: which side files it names (here), then its profile. */
export interface ModelOpener {
  /** The side-file locations the model names (relative to its folder), from a read kept for its profile; null when not opened (the bytes are scanned instead). */
  sideFiles(source: TreeSource, path: string, size: number): Promise<readonly string[] | null>;
  /** The model is no change: its read (and any copy of it) is not needed. */
  drop(source: TreeSource, path: string): Promise<void>;
}

/**
 * Whether the globs select `path` as a model. With the default globs, a path with a shared
 * ending must show a signature (or, for a `.h5`, Keras content) on one of `sides` (a Git LFS
 * pointer shows no signature: only its fetched content could tell; a `.h5` pointer counts).
 */
async function selects(path: string, isModel: (path: string) => boolean, sides: ReadonlyArray<TreeSource | null>, options: ChangeOptions): Promise<boolean> {
  if (!isModel(path)) return false;
  const check = options.defaultGlobs ? defaultGlobCheck(path) : null;
  if (!check) return true;
  // No bytes to read: the name alone rules the file out.
  for (const src of check.bytes > 0 ? sides : []) {
    if (!src) continue;
    let head: Buffer | null;
    try {
      head = await src.read(path, check.bytes);
    } catch (e) {
      // A FIFO or a link out of the tree: reported as a model that cannot be measured.
      if (e instanceof ModelFileError) return true;
      throw e;
    }
    if (head !== null && (await isModelByDefault(path, head, (await src.size(path)) ?? head.length))) return true;
  }
  options.log?.(`${path}: not a model file (${check.skipped}; a default glob selected it), skipped`);
  return false;
}

/** Whether a side has a path (a path that cannot be read safely counts as there: its error is reported). */
async function has(src: TreeSource | null, path: string): Promise<boolean> {
  if (!src) return false;
  try {
    return (await src.size(path)) !== null;
  } catch (e) {
    if (e instanceof ModelFileError) return true;
    throw e;
  }
}

/** A group of changed files that name one several-file model (ModelKey). */
interface ModelGroup {
  readonly entries: readonly string[];
  readonly alternatives: number;
  /** Changed files (or what made a model change, `via`), for the log. */
  readonly members: string[];
  /** Model files of the group that changed (or changed through a side file), in first-seen order. */
  readonly models: string[];
}

/**
 * Changes to the files of one several-file model (a shard set, GGUF splits, a SavedModel
 * folder, as the formats' `modelKey` tells) become one change of the file that stands for it on
 * each side; single-file models pass through as they are. A changed model file that the model
 * its name points to does not read on a side (a shard its set's index does not list,
 * `-00003-of-00002`) is a model of its own there: no weights file leaves the report.
 */
class ModelChangeSet {
  private readonly singles = new Map<string, ModelChange>();
  private readonly groups = new Map<string, ModelGroup>();
  /** Keys in first-seen order, so the report lists models in the order git listed them. */
  private readonly order: Array<{ kind: 'single' | 'group'; key: string }> = [];

  add(c: ModelChange): void {
    const members = c.previousPath !== undefined ? [c.path, c.previousPath] : [c.path];
    const keys = members.map(modelKeyOf);
    if (keys.every((k, i) => k.key === members[i] && k.entries.length === 1)) {
      if (this.singles.has(c.path)) return;
      this.singles.set(c.path, c);
      this.order.push({ kind: 'single', key: c.path });
      return;
    }
    keys.forEach((k, i) => {
      const g = this.addMember(k, c.via ?? members[i]!);
      if (!g.models.includes(members[i]!)) g.models.push(members[i]!);
    });
  }

  /** A changed file that is no model itself but a member of one (variables/variables.index). */
  addMember(k: ModelKey, member: string): ModelGroup {
    let g = this.groups.get(k.key);
    if (!g) {
      g = { entries: k.entries, alternatives: k.alternatives ?? 1, members: [], models: [] };
      this.groups.set(k.key, g);
      this.order.push({ kind: 'group', key: k.key });
    }
    if (!g.members.includes(member)) g.members.push(member);
    return g;
  }

  has(path: string): boolean {
    return this.singles.has(path) || this.groups.has(modelKeyOf(path).key);
  }

  /**
   * A model file added or deleted that other files of its model stay beside on the other side
   * (an index deleted while its shards stay, GGUF split 1 deleted while splits 2 and 3 stay):
   * its model goes on there, read from those files, so the change is one of that model's.
   */
  private async joinStayingMembers(base: TreeSource | null, head: TreeSource): Promise<void> {
    const lonely = [...this.singles.values()].filter((c) => (c.status === 'added' || c.status === 'deleted') && !this.groups.has(c.path));
    if (lonely.length === 0 || base === null) return;
    // Per side, one pass over its files in the folders of the lonely changes: the first file whose
    // model is each key. A scan of the listing per change was quadratic (5,000 added models in a
    // tree of 100,000 files).
    const bySide = new Map<TreeSource, Promise<Map<string, string>>>();
    const dirs = new Set(lonely.map((c) => dirOf(c.path)));
    const keysOn = async (src: TreeSource): Promise<Map<string, string>> => {
      const firstByKey = new Map<string, string>();
      for (const p of await src.list()) {
        const dir = dirOf(p);
        if (!dirs.has(dir)) continue;
        const key = modelKeyOf(p).key;
        // Only a file beside the file its model is keyed by (not a SavedModel's variables/ member).
        if (key !== p && !firstByKey.has(key) && dirOf(key) === dir) firstByKey.set(key, p);
      }
      return firstByKey;
    };
    for (const c of lonely) {
      const other = c.status === 'added' ? base : head;
      let keys = bySide.get(other);
      if (!keys) bySide.set(other, (keys = keysOn(other)));
      // A file in its folder whose model is keyed by the lonely file.
      const staying = (await keys).get(c.path);
      if (staying !== undefined) this.addMember(modelKeyOf(staying), c.path);
    }
  }

  /** The group's alternatives (ModelKey.alternatives) that either side has, each with its status. */
  private async presentAlternatives(g: ModelGroup, base: TreeSource | null, head: TreeSource): Promise<Array<{ path: string; status: ModelChangeStatus }>> {
    const out: Array<{ path: string; status: ModelChangeStatus }> = [];
    if (g.alternatives < 2) return out;
    for (const path of g.entries.slice(0, g.alternatives)) {
      const [h, b] = [await has(head, path), await has(base, path)];
      if (h || b) out.push({ path, status: h && b ? 'modified' : h ? 'added' : 'deleted' });
    }
    return out;
  }

  /** Whether a single change is the whole story of its model: not when it came or went while other files of the model stay (joinStayingMembers). */
  private singleSaysAll(c: ModelChange | undefined): boolean {
    return c !== undefined && !((c.status === 'added' || c.status === 'deleted') && this.groups.has(c.path));
  }

  /** One change per model: for a group, the first entry each side has, and its status from them. */
  async resolve(base: TreeSource | null, head: TreeSource, context: ResolveContext): Promise<ModelChange[]> {
    await this.joinStayingMembers(base, head);
    const out: ModelChange[] = [];
    const orphans: Orphans[] = [];
    for (const { kind, key } of this.order) {
      if (kind === 'single') {
        const c = this.singles.get(key);
        if (!this.singleSaysAll(c)) continue;
        out.push(c!);
        // An index edited alone may list other files though none of them changed (unchangedMembers).
        if ((c!.status === 'modified' || c!.status === 'renamed') && !this.groups.has(key)) {
          orphans.push({ key, group: { entries: [key], alternatives: 1, members: [], models: [] }, head: [key], base: [c!.previousPath ?? key] });
        }
        continue;
      }
      const g = this.groups.get(key)!;
      // Files the names alone cannot tie to one of several models (a shard of `model.fp16-...`:
      // the fp16 variant's set or a set named `model.fp16`): each of those a side has is a change.
      const alternatives = await this.presentAlternatives(g, base, head);
      if (alternatives.length > 1) {
        for (const { path, status } of alternatives) {
          if (this.singleSaysAll(this.singles.get(path))) continue;
          const via = g.members.find((m) => m !== path);
          out.push({ status, path, ...(via !== undefined ? { via } : {}) });
        }
        const on = (side: 'head' | 'base'): string[] => alternatives.filter((a) => a.status === 'modified' || a.status === (side === 'head' ? 'added' : 'deleted')).map((a) => a.path);
        orphans.push({ key, group: g, head: on('head'), base: on('base') });
        continue;
      }
      const onSide = async (src: TreeSource | null): Promise<string | null> => {
        for (const e of g.entries) if (await has(src, e)) return e;
        return null;
      };
      const [h, b] = [await onSide(head), await onSide(base)];
      orphans.push({ key, group: g, head: h === null ? [] : [h], base: b === null ? [] : [b] });
      // The file that stands for the model changed itself (an index, a saved_model.pb): that change says it all.
      if (this.singleSaysAll(this.singles.get(key))) continue;
      const path = h ?? b;
      if (path === null) continue;
      const status: ModelChangeStatus = h !== null && b !== null ? 'modified' : h !== null ? 'added' : 'deleted';
      const via = g.members.find((m) => m !== path);
      out.push({ status, path, ...(h !== null && b !== null && b !== h ? { previousPath: b } : {}), ...(via !== undefined ? { via } : {}) });
    }
    const reported = new Set(out.flatMap((c) => (c.previousPath !== undefined ? [c.path, c.previousPath] : [c.path])));
    const stayed = await unchangedMembers(orphans.filter((o) => [...o.head, ...o.base].some((s) => context.inDiff.has(s))), base, head, context);
    for (const o of orphans) {
      const relisted = await unreadMembers(o.group, o.head, o.base, base, head, stayed.get(o.key) ?? []);
      for (const c of await selectedOnly(relisted, base, head, context)) {
        if (reported.has(c.path)) continue;
        reported.add(c.path);
        out.push(c);
      }
    }
    return out;
  }
}

/** A changed model of several files and the files that stand for it on each side (ModelChangeSet.resolve). */
interface Orphans {
  /** The group's key (ModelKey.key): what the names of its files lead to. */
  readonly key: string;
  readonly group: ModelGroup;
  readonly head: readonly string[];
  readonly base: readonly string[];
}

/** What resolve needs to know of the diff beyond the changes. */
interface ResolveContext {
  /** Every path the diff lists (both paths of a rename). */
  readonly inDiff: ReadonlySet<string>;
  /** Whether the `models` globs select a path as a model on a side (selects). */
  readonly selected: (path: string, side: TreeSource) => Promise<boolean>;
}

/**
 * For each group whose standing file itself changed (an index edited, added or deleted), the
 * files that both sides hold unchanged beside it and whose names lead to it (shards named for its
 * set): an edit of the index alone can take one of them into the set or let it go, and git lists
 * no change of the file. From one pass over each side's listing, in the folders of those groups:
 * the index's own listing (as many as MAX_SHARDS names) is never walked, so the work is bounded by
 * the tree, not by what an index claims.
 */
async function unchangedMembers(orphans: readonly Orphans[], base: TreeSource | null, head: TreeSource, context: ResolveContext): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (orphans.length === 0 || base === null) return out;
  const keys = new Set(orphans.map((o) => o.key));
  const dirs = new Set(orphans.map((o) => dirOf(o.key)));
  const keyed = async (src: TreeSource): Promise<Map<string, string>> => {
    const found = new Map<string, string>();
    for (const p of await src.list()) {
      if (!dirs.has(dirOf(p)) || context.inDiff.has(p)) continue;
      const key = modelKeyOf(p).key;
      if (key !== p && keys.has(key)) found.set(p, key);
    }
    return found;
  };
  const [onHead, onBase] = [await keyed(head), await keyed(base)];
  for (const [p, key] of onHead) {
    if (onBase.get(p) !== key) continue;
    let files = out.get(key);
    if (!files) out.set(key, (files = []));
    files.push(p);
  }
  return out;
}

/** The changes whose file the globs select on the side it is measured on (an unchanged member taken in or let go is not checked before). */
async function selectedOnly(changes: readonly ModelChange[], base: TreeSource | null, head: TreeSource, context: ResolveContext): Promise<ModelChange[]> {
  const out: ModelChange[] = [];
  for (const c of changes) {
    const side = c.status === 'deleted' ? base : head;
    if (!context.inDiff.has(c.path) && side !== null && !(await context.selected(c.path, side))) continue;
    out.push(c);
  }
  return out;
}

/**
 * The group's changed model files that the model standing for it on a side does not read there,
 * as changes of their own: a shard its set's index does not list stands alone (the reader then
 * reads it alone and says why); without an index, shards of one numbered set are one model
 * (`-of-00003` beside `-of-00002`), and one whose number its set has not stands alone. Added
 * where only head has it so, deleted where only base does. `unchanged` files (unchangedMembers,
 * on both sides as they were) are changes only where one side reads them alone and the other in
 * the set: an edit of the index took them in or let them go.
 */
async function unreadMembers(g: ModelGroup, headStands: readonly string[], baseStands: readonly string[], base: TreeSource | null, head: TreeSource, unchanged: readonly string[]): Promise<ModelChange[]> {
  /**
   * The files read alone on a side, and whether that side's models listed what they read (an
   * unchanged file moved only when both sides' did).
   */
  const bySide = async (src: TreeSource | null, stands: readonly string[]): Promise<{ alone: string[]; listed: boolean }> => {
    if (src === null) return { alone: [], listed: true };
    const present: string[] = [];
    for (const m of g.models) if (!stands.includes(m) && (await has(src, m))) present.push(m);
    // Unchanged files are on both sides (unchangedMembers), and never among the changed ones.
    for (const m of unchanged) if (!stands.includes(m)) present.push(m);
    if (present.length === 0) return { alone: [], listed: true };
    const read = new Set<string>();
    let listed = true;
    for (const stand of stands) {
      const model = await filesOfModel(src, stand, present);
      // A model whose files cannot be told (an index stored in Git LFS) is trusted to read them all.
      if (model === null) return { alone: [], listed: false };
      model.files.forEach((f) => read.add(f));
      listed &&= model.listed;
    }
    const unread = present.filter((m) => !read.has(m));
    // Beside an index (or a first split), a file the model does not read is read alone.
    if (stands.length > 0 && g.entries.slice(0, g.alternatives).includes(stands[0]!)) return { alone: unread, listed };
    // One file per numbered set (ModelKey.set): a set is one model. By name, in one pass: asking
    // each pair whether they name each other listed every shard name of both (a PR adding 400
    // sets of up to 400 shards took 12 s, and the time grew with the cube of the count).
    const sets = new Set<string>();
    const own: string[] = [];
    for (const m of unread) {
      const set = modelKeyOf(m).set ?? m;
      if (sets.has(set)) continue;
      sets.add(set);
      own.push(m);
    }
    return { alone: own, listed };
  };
  const [headSide, baseSide] = [await bySide(head, headStands), await bySide(base, baseStands)];
  const wasUnchanged = new Set(unchanged);
  // Where a side cannot tell what its model reads (an index that does not parse: its row is an
  // error), an unchanged file is not said to have moved: not a row for each shard of a broken index.
  const bothListed = headSide.listed && baseSide.listed;
  const told = (alone: readonly string[]): string[] => (bothListed ? [...alone] : alone.filter((m) => !wasUnchanged.has(m)));
  // Sets: with the unchanged files of a set of thousands of shards, a scan of a list per file was quadratic.
  const [onHead, onBase] = [new Set(told(headSide.alone)), new Set(told(baseSide.alone))];
  const out: ModelChange[] = [];
  for (const path of new Set([...onHead, ...onBase])) {
    const [h, b] = [onHead.has(path), onBase.has(path)];
    if (h && b) {
      // Alone on both sides as it was: no change.
      if (!wasUnchanged.has(path)) out.push({ path, status: 'modified' });
      continue;
    }
    // Alone on one side only: where the file is still there, its set reads it. The model of its
    // own came or went, the file did not: the report says which set took it in or let it go.
    const [otherSide, otherStands] = h ? [base, baseStands] : [head, headStands];
    const set = otherStands[0];
    const inSet = set !== undefined && (await has(otherSide, path));
    out.push({ path, status: h ? 'added' : 'deleted', ...(inSet ? { partOf: set } : {}) });
  }
  return out;
}

/** The files a model reads on a side; `listed`: whether its content named them (filesOfModel). */
interface ModelFiles {
  readonly files: ReadonlySet<string>;
  /**
   * False when the name left a wanted file out and the content named no file beyond the name's
   * (too large to scan, or an index that does not parse): the files are then the name's alone,
   * which says nothing of whether an unchanged file joined or left the model.
   */
  readonly listed: boolean;
}

/**
 * Repository paths of the files the model at `path` reads on a side (itself and its side files
 * as its format names them), or null when they cannot be told. From the name first; the content
 * is read (a bounded read) only when the name leaves one of `wanted` out (an index lists its
 * shards inside).
 */
async function filesOfModel(src: TreeSource, path: string, wanted: readonly string[]): Promise<ModelFiles | null> {
  const files = new Set([path, ...(await namedSideFiles(path))]);
  if (wanted.every((w) => files.has(w))) return { files, listed: true };
  let bytes: Buffer | null;
  try {
    const size = await src.size(path);
    bytes = size === null || size > MAX_SCANNED_MODEL_BYTES ? null : await src.read(path, MAX_SCANNED_MODEL_BYTES);
  } catch (e) {
    // Unreadable: its profile is an error row, which accounts for its files.
    if (e instanceof ModelFileError) return null;
    throw e;
  }
  if (bytes === null) return { files, listed: false };
  if (parseLfsPointer(bytes)) return null;
  const byName = files.size;
  for (const loc of await sideFileLocations(path, { bytes })) {
    const p = sideFilePath(path, loc);
    if (p) files.add(p);
  }
  return { files, listed: files.size > byName };
}

async function namedSideFiles(path: string): Promise<string[]> {
  return (await sideFileLocations(path, null)).map((loc) => sideFilePath(path, loc)).filter((p): p is string => p !== null);
}


/**
 * A link that leads to a changed file (or a path under a link to a folder holding one) whose
 * own path the globs select is a change of its own, measured through the link, so the budget
 * written for the stable name (`models/current.onnx -> ../store/v3.onnx`) sees an in-place edit
 * of its target. The target keeps its own change. A link the diff lists changed itself already is one.
 */
async function addLinkAliases(files: readonly FileChange[], changes: ModelChangeSet, isModel: (path: string) => boolean, base: TreeSource | null, head: TreeSource, options: ChangeOptions, linksOf: SideLinks): Promise<void> {
  const inDiff = new Set(files.flatMap((f) => (f.previousPath !== undefined ? [f.path, f.previousPath] : [f.path])));
  if (inDiff.size === 0) return;
  const sides = base ? [base, head] : [head];
  const listings = new Map<TreeSource, { links: ReadonlyMap<string, string>; files: ReadonlySet<string> }>();
  const aliases = new Map<string, string>();
  for (const src of sides) {
    const listing = await linksOf(src);
    if (listing === null) continue;
    if (listing.links.size === 0) continue;
    if (listing.skipped > 0) (options.warn ?? options.log)?.(`${src.description}: ${listing.links.size + listing.skipped} symbolic links; only the first ${listing.links.size} are followed to find models whose target changed`);
    listings.set(src, { links: listing.links, files: new Set(await src.list()) });
    const found = linkAliases(inDiff, listing);
    if (found.truncated) (options.warn ?? options.log)?.(`${src.description}: links lead to changed files by more than ${MAX_ALIAS_PATHS} paths (a loop of links to folders?); only the first ${MAX_ALIAS_PATHS} are followed`);
    for (const [alias, target] of found.aliases) if (!inDiff.has(alias) && !aliases.has(alias)) aliases.set(alias, target);
  }
  let added = 0;
  for (const [alias, target] of aliases) {
    if (!isModel(alias) || changes.has(alias)) continue;
    // On a side, the alias is there when its links lead to a file that side has (not dangling, not out of the tree).
    const on = (src: TreeSource | null): boolean => {
      const l = src ? listings.get(src) : undefined;
      if (!l) return false;
      const to = resolveInTree(alias, l.links);
      return to !== null && l.files.has(to) && !l.links.has(to);
    };
    const [h, b] = [on(head), on(base)];
    if (!h && !b) continue;
    if (!(await selects(alias, isModel, [h ? head : null, b ? base : null], options))) continue;
    if (++added > MAX_LINK_ALIASES) {
      (options.warn ?? options.log)?.(`${aliases.size} links lead to changed files; only the first ${MAX_LINK_ALIASES} are measured as models of their own`);
      return;
    }
    changes.add({ status: h && b ? 'modified' : h ? 'added' : 'deleted', path: alias, via: target });
  }
}

/** A side's links, listed once per findModelChanges (a working tree's are a walk of it); null for a source without links. */
type SideLinks = (src: TreeSource) => Promise<LinkListing | null>;

function sideLinks(): SideLinks {
  const listed = new Map<TreeSource, Promise<LinkListing>>();
  return (src) => {
    if (src.links === undefined) return Promise.resolve(null);
    let l = listed.get(src);
    if (l === undefined) listed.set(src, (l = src.links()));
    return l;
  };
}

/**
 * Each change whose path is a link (or under a link to a folder) on the side it is measured on
 * (the head; the base for a deleted model) says where it leads (`linkTo`), so a link and its
 * target both in the report count once in the totals. From the listings the aliases were found
 * with (sideLinks keeps them): no second walk of a working tree.
 */
async function markLinks(changes: readonly ModelChange[], base: TreeSource | null, head: TreeSource, linksOf: SideLinks): Promise<ModelChange[]> {
  const leadsTo = async (src: TreeSource | null, path: string): Promise<string | null> => {
    const listing = src ? await linksOf(src) : null;
    const to = listing && listing.links.size > 0 ? resolveInTree(path, listing.links) : null;
    return to !== null && to !== '' && to !== path ? to : null;
  };
  const out: ModelChange[] = [];
  for (const c of changes) {
    const to = await leadsTo(c.status === 'deleted' ? base : head, c.path);
    let marked: ModelChange = to !== null ? { ...c, linkTo: to } : c;
    if (c.status === 'modified' || c.status === 'renamed') {
      // A link retargeted (or a file replaced by a link, or a link by a file) read its base from
      // another file than its head: the totals count that side apart.
      const basePath = c.previousPath ?? c.path;
      const baseTo = await leadsTo(base, basePath);
      if ((to !== null || baseTo !== null) && (baseTo ?? basePath) !== (to ?? c.path)) marked = { ...marked, baseLinkTo: baseTo ?? basePath };
    }
    out.push(marked);
  }
  return out;
}

export async function findModelChanges(
  files: readonly FileChange[],
  isModel: (path: string) => boolean,
  base: TreeSource | null,
  head: TreeSource,
  options: ChangeOptions = {},
): Promise<ModelChange[]> {
  const changes = new ModelChangeSet();
  const sideCandidates = new Set<string>();
  const both = [head, base];
  for (const f of files) {
    const isNew = await selects(f.path, isModel, f.status === 'removed' ? [base] : both, options);
    const wasOld = f.previousPath !== undefined && (await selects(f.previousPath, isModel, [base], options));
    if (f.status === 'renamed' && f.previousPath !== undefined) {
      if (isNew && wasOld) changes.add({ status: 'renamed', path: f.path, previousPath: f.previousPath });
      else if (isNew) changes.add({ status: 'added', path: f.path });
      else if (wasOld) changes.add({ status: 'deleted', path: f.previousPath });
      if (!isNew) sideCandidates.add(f.path);
      if (!wasOld) sideCandidates.add(f.previousPath);
      continue;
    }
    if (!isNew) {
      sideCandidates.add(f.path);
      continue;
    }
    changes.add({ status: f.status === 'removed' ? 'deleted' : f.status === 'added' ? 'added' : 'modified', path: f.path });
  }
  const linksOf = sideLinks();
  await addLinkAliases(files, changes, isModel, base, head, options, linksOf);
  const context: ResolveContext = {
    inDiff: new Set(files.flatMap((f) => (f.previousPath !== undefined ? [f.path, f.previousPath] : [f.path]))),
    selected: (path, side) => selects(path, isModel, [side], options),
  };
  const resolved = async (): Promise<ModelChange[]> => markLinks(await changes.resolve(base, head, context), base, head, linksOf);
  // A changed file that is a member of a model the globs select (a SavedModel's variables).
  for (const p of [...sideCandidates]) {
    const k = modelKeyOf(p);
    if (k.key !== p && k.entries.some(isModel)) {
      changes.addMember(k, p);
      sideCandidates.delete(p);
    }
  }
  if (sideCandidates.size === 0) return resolved();

  // Models whose directory contains a changed non-model file may reference it as a side file.
  const candidateDirs = [...sideCandidates].map(dirOf);
  const near = (p: string): boolean => isModel(p) && !changes.has(p) && candidateDirs.some((d) => isAncestorDir(dirOf(p), d));
  const headModels: string[] = [];
  for (const p of (await head.list()).filter(near)) if (await selects(p, isModel, [head], options)) headModels.push(p);
  const baseModels: string[] = [];
  if (base) for (const p of (await base.list()).filter(near)) if (await selects(p, isModel, [base], options)) baseModels.push(p);
  const headSet = new Set(headModels);
  const baseSet = new Set(baseModels);
  for (const path of [...new Set([...headModels, ...baseModels])].sort()) {
    if (changes.has(path)) continue;
    const refs = new Set<string>();
    const sides = [headSet.has(path) ? head : null, baseSet.has(path) ? base : null];
    let largeOpened = false;
    for (const src of sides) {
      if (!src) continue;
      let opened: readonly string[] | null;
      let bytes: Buffer | null = null;
      try {
        const size = await src.size(path);
        if (size === null) continue;
        if (size <= MAX_SCANNED_MODEL_BYTES) {
          opened = (await options.opener?.sideFiles(src, path, size)) ?? null;
          if (opened === null) bytes = await src.read(path, MAX_SCANNED_MODEL_BYTES);
        } else {
          // Too large to scan in memory. A format that names its side files inside (ONNX
          // external data) is opened by its reader, which skips the weights: a model padded past
          // the bound must not hide a change to its external data. Once is enough: a model
          // outside the diff holds the same bytes on both sides. Any other format answers from
          // the name alone, unread.
          const first = largeOpened ? null : await src.read(path, HEAD_BYTES);
          opened = first !== null && namesSideFilesInContent(path, first, size) ? ((await options.opener?.sideFiles(src, path, size)) ?? null) : null;
          if (opened !== null) largeOpened = true;
          else if (largeOpened) continue;
        }
      } catch (e) {
        // A FIFO, a link out of the tree or a file we may not read (mode 000) references nothing
        // we can know: it is passed over here, and if it changed itself it is reported as a model
        // that could not be measured.
        if (e instanceof ModelFileError) continue;
        throw e;
      }
      const content = bytes && !parseLfsPointer(bytes) ? { bytes } : null;
      for (const loc of opened ?? (await sideFileLocations(path, content))) {
        const p = sideFilePath(path, loc);
        if (p) refs.add(p);
      }
    }
    const hit = [...refs].find((r) => sideCandidates.has(r));
    if (!hit) {
      for (const src of sides) if (src) await options.opener?.drop(src, path);
      continue;
    }
    const status: ModelChangeStatus = headSet.has(path) && baseSet.has(path) ? 'modified' : headSet.has(path) ? 'added' : 'deleted';
    changes.add({ status, path, via: hit });
  }
  return resolved();
}

/** Files not on disk are compared in memory only up to this size; larger ones count as changed. */
const MAX_COMPARED_IN_MEMORY = 64 * 1024 * 1024;

/**
 * Whether a path holds the same bytes on both sides (sizes first; files on disk in chunks). A
 * path that cannot be read safely (a FIFO, a link out of the tree) counts as changed, so it is
 * reported rather than skipped.
 */
async function sameContent(base: TreeSource, head: TreeSource, path: string): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([base.size(path), head.size(path)]);
    if (a === null || b === null || a !== b) return false;
    const [fa, fb] = await Promise.all([base.localFile(path), head.localFile(path)]);
    // Awaited here, so that a file it cannot read lands in the catch below.
    if (fa !== null && fb !== null) return await filesEqual(fa, fb, path);
    if (a > MAX_COMPARED_IN_MEMORY) return false;
    const [x, y] = await Promise.all([base.read(path, a), head.read(path, a)]);
    return x !== null && y !== null && x.equals(y);
  } catch (e) {
    if (e instanceof ModelFileError) return false;
    throw e;
  }
}

/**
 * Pairs two directories by relative path (head-path/base-path inputs): files only in head are
 * added, only in base deleted, in both and different (model or side files) modified.
 */
export async function diffDirectories(base: TreeSource, head: TreeSource, isModel: (path: string) => boolean, options: ChangeOptions = {}): Promise<ModelChange[]> {
  const baseFiles = new Set(await base.list());
  const headFiles = new Set(await head.list());
  const all = [...new Set([...baseFiles, ...headFiles])].sort();
  const files: FileChange[] = [];
  for (const p of all) {
    if (!baseFiles.has(p)) files.push({ status: 'added', path: p });
    else if (!headFiles.has(p)) files.push({ status: 'removed', path: p });
    else {
      if (!(await sameContent(base, head, p))) files.push({ status: 'modified', path: p });
    }
  }
  return findModelChanges(files, isModel, base, head, options);
}
