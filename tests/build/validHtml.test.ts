import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listPages, siteDir } from '../support/site';

/**
 * Every built page is valid HTML by html-validate's recommended rules (`.htmlvalidate.json`,
 * which also applies to editors running `npx html-validate` on a build).
 * `long-title` is off: a news headline is as long as the story needs, not 70 characters.
 */

const validator = new HtmlValidate(new FileSystemConfigLoader());

function describeMessage(m: Message): string {
	return `${String(m.line)}:${String(m.column)} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`;
}

describe('valid HTML', () => {
	const pages = listPages();

	it('finds the built pages', () => {
		expect(pages.length).toBeGreaterThanOrEqual(5);
	});

	it.each(pages)('%s has no html-validate error', async (path) => {
		const file = join(siteDir(), path.endsWith('/') ? `${path}index.html` : path);
		// Validate as if the file lived in the repository, so .htmlvalidate.json applies.
		const report = await validator.validateFile(file);
		const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
		expect(errors.map(describeMessage)).toEqual([]);
	});
});
