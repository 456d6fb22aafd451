/**
 * A lookup table keyed by names a file chooses (a layer class, an activation, an op type). A plain
 * object literal answers `constructor`, `toString`, `__proto__`... with Object.prototype's
 * members: a layer of class "constructor" was built by calling `Object`, and its node vanished
 * from the totals. A table without a prototype has only the names it was given.
 */
export function nameTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/**
 * `record[key]` when `key` is the record's own: a dim or input name a model picks (`constructor`,
 * `toString`) looked up in the bindings given for it must not find Object.prototype's function.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Sets `key` as an own key of `record`, as JSON.parse and Object.fromEntries do: assigning
 * `__proto__` would set the record's prototype instead (a number is dropped, an array becomes
 * the prototype), and the entry would be lost.
 */
export function setEntry<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
