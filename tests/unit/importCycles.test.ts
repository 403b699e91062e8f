import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/site';

/**
 * No module imports another that imports it back, directly or round a longer loop, type-only
 * imports included; and no folder (src/lib/<concern>, src/<folder>, scripts, the font package)
 * imports one that imports it back: each can be read from the bottom up.
 */

const FOLDERS = ['src', 'scripts', 'packages/astro-shaped-subset/src'];
const EXTENSIONS = ['', '.ts', '.astro', '.mjs', '/index.ts'];

function modules(): Map<string, string> {
	const found = new Map<string, string>();
	for (const folder of FOLDERS) {
		for (const file of readdirSync(join(ROOT, folder), { recursive: true }) as string[]) {
			if (/\.(ts|astro|mjs)$/.test(file)) {
				const path = normalize(join(folder, file));
				found.set(path, readFileSync(join(ROOT, path), 'utf8'));
			}
		}
	}
	return found;
}

/** The project's own modules a module names in `import`/`export … from`, `import()` or `import('…').T`. */
function importsOf(path: string, text: string, known: Map<string, string>): string[] {
	const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.[^'"]+)['"]/g)].map(
		(m) => m[1]!,
	);
	return specs
		.map((spec) => normalize(join(dirname(path), spec)))
		.map((base) => EXTENSIONS.map((ext) => base + ext).find((p) => known.has(p)))
		.filter((p): p is string => p !== undefined);
}

/** The folder a module belongs to: `src/lib/<concern>`, `src/<folder>`, `scripts` or the package. */
function folderOf(path: string): string {
	const parts = path.split(/[\\/]/);
	if (parts[0] === 'src') return parts.slice(0, parts[1] === 'lib' ? 3 : 2).join('/');
	return parts[0] === 'scripts' ? 'scripts' : 'packages/astro-shaped-subset';
}

/** The graph of folders: one folder imports another when any of its modules does. */
function folderGraph(graph: Map<string, string[]>): Map<string, string[]> {
	const folders = new Map<string, Set<string>>();
	for (const [path, imports] of graph) {
		const from = folderOf(path);
		const to = folders.get(from) ?? new Set<string>();
		for (const target of imports) if (folderOf(target) !== from) to.add(folderOf(target));
		folders.set(from, to);
	}
	return new Map([...folders].map(([folder, to]) => [folder, [...to].sort()]));
}

/** Every loop in the import graph, as the modules in it (Tarjan's strongly connected components). */
function importLoops(graph: Map<string, string[]>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const loops: string[][] = [];
	const visit = (v: string) => {
		index.set(v, index.size);
		low.set(v, index.get(v)!);
		stack.push(v);
		for (const w of graph.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) === index.get(v)) {
			const loop: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				loop.push(w);
			} while (w !== v);
			if (loop.length > 1) loops.push(loop.sort());
		}
	};
	for (const v of graph.keys()) if (!index.has(v)) visit(v);
	return loops;
}

describe('the import graph', () => {
	it('has no loop', () => {
		const known = modules();
		expect(known.size).toBeGreaterThan(100);
		const graph = new Map([...known].map(([path, text]) => [path, importsOf(path, text, known)]));
		expect(graph.get(normalize('src/lib/story/resolveStory.ts'))).toContain(
			normalize('src/lib/story/resolveTimeline.ts'),
		);
		expect(importLoops(graph)).toEqual([]);
	});

	it('has no loop between folders', () => {
		const known = modules();
		const graph = new Map([...known].map(([path, text]) => [path, importsOf(path, text, known)]));
		const folders = folderGraph(graph);
		expect(folders.get('src/lib/routes')).toContain('src/lib/outputs');
		expect(importLoops(folders).map((loop) => loop.join(' ↔ '))).toEqual([]);
	});

	it('hands components their data: no component reads the stories itself', () => {
		const known = modules();
		const readers = [...known]
			.filter(([path]) => folderOf(path) === 'src/components')
			.filter(([path, text]) =>
				importsOf(path, text, known).some((target) => folderOf(target) === 'src/data'),
			)
			.map(([path]) => path);
		expect(readers).toEqual([]);
	});

	it('finds a loop when there is one', () => {
		const graph = new Map([
			['a.ts', ['b.ts']],
			['b.ts', ['c.ts']],
			['c.ts', ['a.ts']],
			['d.ts', ['a.ts']],
		]);
		expect(importLoops(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
		// Two modules that import nothing of each other, in folders that do, are a folder loop.
		const folders = folderGraph(
			new Map([
				['src/lib/views/a.ts', ['src/lib/outputs/b.ts']],
				['src/lib/outputs/b.ts', []],
				['src/lib/outputs/c.ts', ['src/lib/views/d.ts']],
				['src/lib/views/d.ts', []],
			]),
		);
		expect(importLoops(folders)).toEqual([['src/lib/outputs', 'src/lib/views']]);
	});
});
