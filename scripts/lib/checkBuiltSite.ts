import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { timelineJsonSchema } from '../../src/lib/outputs/timelineJson';
import { CEILINGS, analyzePage, overBudget, pagesIn } from './budget';

/** The repository: html-validate reads its .htmlvalidate.json for a file named under it. */
const REPOSITORY = resolve(import.meta.dirname, '..', '..');

/** Characters XML 1.0 forbids (control characters, U+FFFE, U+FFFF): a strict reader refuses the file. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** A fingerprint of every HTML page in a built site, by page path under `base`. */
export function pageHashes(dir: string, base: string): Map<string, string> {
	const hashes = new Map<string, string>();
	if (!existsSync(dir)) return hashes;
	for (const page of pagesIn(readdirSync(dir, { recursive: true }) as string[], base)) {
		hashes.set(
			page,
			createHash('sha256')
				.update(readFileSync(fileOfPage(dir, base, page)))
				.digest('hex'),
		);
	}
	return hashes;
}

function fileOfPage(dir: string, base: string, page: string): string {
	return join(dir, page.slice(base.length), page.endsWith('/') ? 'index.html' : '');
}

/** What the link check needs of a page: the ids it has and the links it makes, as written. */
export interface PageLinks {
	ids: string[];
	links: string[];
}

/**
 * The checks a story change can break, on a built site, one problem a line: every internal link
 * and anchor resolves; every feed (`*.xml`) is well-formed XML to a strict parser; every
 * `timeline.json` parses and matches its published format; every page's JSON-LD parses. Then,
 * on `changed` pages only (a rebuild after one edit changes a few): html-validate's recommended
 * rules (.htmlvalidate.json) and the page-weight ceilings (scripts/lib/budget.ts).
 *
 * `known` holds the ids and links of pages an earlier run read and passed (the content lane
 * keeps them with the pages' hashes): a page not in `changed` that has them is not read again,
 * but its links are still resolved against this build, so a page that lost an anchor or went
 * away is still found. Every page read is added to `known`.
 */
export async function checkBuiltSite(
	dir: string,
	base: string,
	changed: readonly string[],
	known: Map<string, PageLinks> = new Map(),
): Promise<string[]> {
	const problems: string[] = [];
	const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) =>
		f.split('\\').join('/'),
	);
	const pages = new Set(pagesIn(files, base));
	const reread = new Set(changed);
	for (const page of pages) {
		if (known.has(page) && !reread.has(page)) continue;
		const doc = parse(readFileSync(fileOfPage(dir, base, page), 'utf8'));
		known.set(page, {
			ids: doc.querySelectorAll('[id]').map((el) => el.id),
			links: doc
				.querySelectorAll('[href], [src]')
				.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
		});
		for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
			try {
				JSON.parse(script.textContent);
			} catch (error) {
				problems.push(`${page}: JSON-LD does not parse: ${String(error)}`);
			}
		}
	}
	for (const page of known.keys()) if (!pages.has(page)) known.delete(page);
	const ids = new Map([...known].map(([page, facts]) => [page, new Set(facts.ids)]));
	const targets = new Map<string, boolean>();
	const exists = (path: string): boolean => {
		let found = targets.get(path);
		if (found === undefined) {
			const file = join(dir, decodeURIComponent(path.slice(base.length)));
			found = (existsSync(file) && statSync(file).isFile()) || existsSync(join(file, 'index.html'));
			targets.set(path, found);
		}
		return found;
	};
	for (const [page, { links }] of known) {
		for (const url of links) {
			if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
			const [pathPart = '', hash] = url.split('#');
			const path = pathPart.split('?')[0]!;
			const absolute = !path
				? page
				: path.startsWith('/')
					? path
					: posix.join(posix.dirname(`${page}x`), path) + (path.endsWith('/') ? '/' : '');
			if (!absolute.startsWith(base) || !exists(absolute)) {
				problems.push(`${page}: link to ${url}: no such file in the build`);
				continue;
			}
			if (hash && pages.has(absolute) && !ids.get(absolute)?.has(decodeURIComponent(hash))) {
				problems.push(`${page}: link to ${url}: no element with id "${hash}" there`);
			}
		}
	}
	for (const file of files.filter((f) => f.endsWith('.xml'))) {
		const xml = readFileSync(join(dir, file), 'utf8');
		const bad = NOT_XML.exec(xml);
		if (bad) {
			const line = xml.slice(0, bad.index).split('\n').length;
			const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
			problems.push(`${base}${file}: not well-formed XML: character U+${code} (line ${line})`);
			continue;
		}
		const result = XMLValidator.validate(xml);
		if (result !== true) {
			problems.push(
				`${base}${file}: not well-formed XML: ${result.err.msg} (line ${result.err.line})`,
			);
		}
	}
	for (const file of files.filter((f) => f.endsWith('timeline.json'))) {
		try {
			const parsed = timelineJsonSchema.safeParse(
				JSON.parse(readFileSync(join(dir, file), 'utf8')),
			);
			if (!parsed.success) problems.push(`${base}${file}: ${parsed.error.message}`);
		} catch (error) {
			problems.push(`${base}${file}: does not parse: ${String(error)}`);
		}
	}
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	for (const page of changed) {
		// Named as if in the repository, so its .htmlvalidate.json applies wherever the build is.
		const report = await validator.validateString(
			readFileSync(fileOfPage(dir, base, page), 'utf8'),
			join(REPOSITORY, 'dist', page.slice(base.length), 'index.html'),
		);
		for (const result of report.results) {
			for (const m of result.messages.filter((message) => message.severity === 2)) {
				problems.push(`${page}:${m.line}:${m.column}: ${m.message} (html-validate ${m.ruleId})`);
			}
		}
		for (const over of overBudget(analyzePage(dir, base, page), CEILINGS)) {
			problems.push(`${page}: page weight: ${over}`);
		}
	}
	return problems;
}
