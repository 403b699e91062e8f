import { describe, expect, it } from 'vitest';
import { seoMeta } from '../../src/lib/outputs/seoMeta';

describe('seoMeta', () => {
	it('gives Open Graph and Twitter-card tags with the page’s locale and its alternates', () => {
		const tags = seoMeta({
			title: 'শিরোনাম',
			description: 'বিবরণ',
			url: 'https://example.org/bn/meta/',
			siteName: 'সময়রেখা',
			locale: 'bn_IN',
			alternateLocales: ['bn_IN', 'en_IN'],
			type: 'article',
		});
		const get = (key: string) =>
			tags.filter((t) => ('property' in t ? t.property : t.name) === key).map((t) => t.content);
		expect(get('og:type')).toEqual(['article']);
		expect(get('og:title')).toEqual(['শিরোনাম']);
		expect(get('og:url')).toEqual(['https://example.org/bn/meta/']);
		expect(get('og:locale')).toEqual(['bn_IN']);
		expect(get('og:locale:alternate')).toEqual(['en_IN']);
		expect(get('twitter:card')).toEqual(['summary']);
		expect(get('twitter:description')).toEqual(['বিবরণ']);
	});
});
