import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/lib/editor/insertEntry';

/** The story folders under `dir`, sorted; none when it does not exist. */
export function storySlugs(dir: string): string[] {
	return existsSync(dir)
		? readdirSync(dir)
				.filter((n) => !n.startsWith('.'))
				.sort()
		: [];
}

/** The original edition of a story (the one without `translationOf`), if it has one. */
export function originalFile(dir: string, slug: string): string | undefined {
	return ['bn', 'en']
		.map((lang) => join(dir, slug, `${lang}.mdx`))
		.find(
			(f) =>
				existsSync(f) &&
				readFrontmatter(readFileSync(f, 'utf8')).doc.get('translationOf') === undefined,
		);
}

/** The first `<PostQuote entry="id" />` in a story's editions: its file and line. */
export function quoteOf(
	dir: string,
	slug: string,
	id: string,
): { file: string; line: number } | undefined {
	for (const lang of ['bn', 'en']) {
		const file = join(dir, slug, `${lang}.mdx`);
		if (!existsSync(file)) continue;
		const lines = readFileSync(file, 'utf8').split('\n');
		const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const at = lines.findIndex((l) =>
			new RegExp(`<PostQuote\\b[^>]*entry=["']${escaped}["']`).test(l),
		);
		if (at !== -1) return { file, line: at + 1 };
	}
	return undefined;
}
