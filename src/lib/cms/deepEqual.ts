/** Whether two plain values (from YAML or JSON: objects, arrays, strings, numbers, booleans, null) are equal, e.g. `{ a: [1] }` and `{ a: [1] }`. Browser-safe (no node:util). */
export function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const other = b as unknown[];
		return a.length === other.length && a.every((v, i) => deepEqual(v, other[i]));
	}
	const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
	const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
	return (
		ka.length === kb.length &&
		ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
	);
}
