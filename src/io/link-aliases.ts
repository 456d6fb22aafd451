/**
 * Links as other names of a changed file. ML repositories keep stable names as symbolic links to
 * versioned files (`models/current.onnx -> ../store/v3.onnx`) and write budgets for the stable
 * name. A pull request that edits `store/v3.onnx` in place changes only that file in the diff:
 * without this, the budget on `models/**` would never see the change. Each link (or a path
 * under a link to a folder) that leads to a changed file on a side is that file's alias there.
 */
import { posix } from 'node:path';

/** Links read per side; past this many the rest are not followed (a note says so). */
export const MAX_LINKS = 10_000;
/** Links followed for one path before it counts as a loop (git's own limit for --follow-symlinks). */
export const MAX_LINK_HOPS = 40;
/** Aliases turned into model changes in one run; each is a model to profile, so a flood of links to one file is cut here. */
export const MAX_LINK_ALIASES = 1_000;
/** A link's target text is a path: git and file systems keep it under 4 KiB (PATH_MAX). */
export const MAX_LINK_TARGET_BYTES = 4096;

export interface LinkListing {
  /** Link path -> its target text (relative to the link's folder), repository-relative paths. */
  readonly links: ReadonlyMap<string, string>;
  /** Links beyond MAX_LINKS, not read. */
  readonly skipped: number;
}

/** Where `target` (a link's text) leads from the link at `link`, or null when it leaves the tree. */
function step(link: string, target: string): string | null {
  // An absolute target names a place outside the commit's tree (git does not follow it either).
  if (target === '' || target.startsWith('/')) return null;
  const dir = posix.dirname(link);
  const joined = posix.normalize(dir === '.' ? target : `${dir}/${target}`).replace(/\/+$/, '');
  if (joined === '..' || joined.startsWith('../')) return null;
  return joined === '.' ? '' : joined;
}

/**
 * The path `path` leads to with every link on it followed (a link to a folder included), inside
 * the tree only: null when a link leaves the tree or the chain passes MAX_LINK_HOPS.
 */
export function resolveInTree(path: string, links: ReadonlyMap<string, string>): string | null {
  let parts = path.split('/').filter((p) => p !== '');
  let hops = 0;
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    const target = links.get(prefix);
    if (target === undefined) continue;
    if (++hops > MAX_LINK_HOPS) return null;
    const to = step(prefix, target);
    if (to === null) return null;
    parts = [...to.split('/').filter((p) => p !== ''), ...parts.slice(i)];
    i = 0;
  }
  return parts.join('/');
}

/** `path` and every folder above it, nearest first. */
function selfAndAncestors(path: string): string[] {
  const out = [path];
  for (let d = posix.dirname(path); d !== '.' && d !== '/'; d = posix.dirname(d)) out.push(d);
  return out;
}

/** Alias paths worked out per side; a loop of folder links (`store/up -> .`) names ever more paths that lead to one file, so the search stops here. */
export const MAX_ALIAS_PATHS = 20_000;

/**
 * Each path on this side that a link turns into one of `changed` (the link itself, or the
 * link's path plus the rest of the changed path for a link to a folder above it), mapped to the
 * changed path it leads to. An alias is looked up again like a changed path, so links of two
 * kinds combine: `models -> store` and `store/latest.onnx -> v3.onnx` make `models/latest.onnx`
 * an alias of `store/v3.onnx`. One pass over the links, then one lookup per folder of each path
 * found: no scan of the links per change. `truncated`: MAX_ALIAS_PATHS were found and the search
 * stopped.
 */
export function linkAliases(changed: Iterable<string>, listing: LinkListing): { aliases: Map<string, string>; truncated: boolean } {
  const byTarget = new Map<string, string[]>();
  for (const link of listing.links.keys()) {
    const to = resolveInTree(link, listing.links);
    if (to === null || to === '') continue;
    const list = byTarget.get(to);
    if (list) list.push(link);
    else byTarget.set(to, [link]);
  }
  const aliases = new Map<string, string>();
  const queue = [...changed].map((c) => ({ path: c, target: c }));
  const sources = new Set(queue.map((q) => q.path));
  for (let i = 0; i < queue.length; i++) {
    const { path, target } = queue[i]!;
    for (const at of selfAndAncestors(path)) {
      for (const link of byTarget.get(at) ?? []) {
        const alias = link + path.slice(at.length);
        if (aliases.has(alias) || sources.has(alias)) continue;
        // Only a path that still leads to the target within MAX_LINK_HOPS: a loop of folder
        // links names ever longer ones, which stop resolving there.
        if (resolveInTree(alias, listing.links) !== target) continue;
        aliases.set(alias, target);
        if (aliases.size >= MAX_ALIAS_PATHS) return { aliases, truncated: true };
        queue.push({ path: alias, target });
      }
    }
  }
  return { aliases, truncated: false };
}
