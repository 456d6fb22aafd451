/**
 * A lookup table keyed by names a file chooses (a layer class, an activation, an op type). A plain
 * object literal answers `constructor`, `toString`, `__proto__`... with Object.prototype's
 * members: a layer of class "constructor" was built by calling `Object`, and its node vanished
 * from the totals. A table without a prototype has only the names it was given.
 */
export function nameTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
