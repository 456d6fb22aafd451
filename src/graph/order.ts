/**
 * Code-unit string order for sorting names in reports. Not `localeCompare`: its first call loads
 * ICU collation data, about 15 ms of a cold process (more than a small model's whole profile),
 * and a locale-dependent order would make output differ between machines.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
