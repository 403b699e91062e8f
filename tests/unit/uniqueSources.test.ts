import { describe, expect, it } from 'vitest';
import { uniqueSources } from '../../src/lib/story/uniqueSources';

describe('uniqueSources', () => {
	it('keeps each source once, in order: same name, URL and detail', () => {
		const report = { name: 'fixture', url: 'https://example.org/a' };
		expect(
			uniqueSources([
				report,
				{ name: 'fixture', url: 'https://example.org/a', detail: 'updated' },
				{ ...report },
				{ name: { bn: 'এই প্রতিবেদন', en: 'This report' } },
				{ name: { bn: 'এই প্রতিবেদন', en: 'This report' } },
			]),
		).toEqual([
			report,
			{ name: 'fixture', url: 'https://example.org/a', detail: 'updated' },
			{ name: { bn: 'এই প্রতিবেদন', en: 'This report' } },
		]);
	});
});
