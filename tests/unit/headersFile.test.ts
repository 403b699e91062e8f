import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/outputs/headersFile';

/** The rules of a `_headers` file: path → header lines. */
function rules(text: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	let path = '';
	for (const line of text.split('\n')) {
		if (!line || line.startsWith('#')) continue;
		if (line.startsWith('/')) map.set((path = line), []);
		else map.get(path)!.push(line.trim());
	}
	return map;
}

describe('headersFile', () => {
	it('caches hashed assets for a year and makes timeline.json and feeds revalidate', () => {
		const map = rules(headersFile('/outages/'));
		expect(map.get('/outages/_astro/*')).toEqual([
			'Cache-Control: public, max-age=31536000, immutable',
		]);
		for (const path of [
			'/outages/:slug/timeline.json',
			'/outages/:lang/rss.xml',
			'/outages/:lang/:slug/rss.xml',
		]) {
			expect(map.get(path), path).toEqual(['Cache-Control: public, max-age=0, must-revalidate']);
		}
		expect(map.get('/outages/*')).toContain("Content-Security-Policy: frame-ancestors 'none'");
	});

	it('sets Cache-Control in no rule that matches every path, so hosts never combine two', () => {
		const map = rules(headersFile('/'));
		expect(map.get('/*')?.some((line) => line.startsWith('Cache-Control'))).toBe(false);
		expect([...map.keys()][0]).toBe('/*');
	});
});
