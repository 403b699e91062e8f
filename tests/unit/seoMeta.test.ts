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
		expect(get('og:image')).toEqual([]);
	});

	it('with a social card, links it with its size and alt text, as the large-image Twitter card', () => {
		const image = {
			url: 'https://example.org/bn/meta/og.png',
			width: 1200,
			height: 630,
			alt: 'সময়রেখা · শিরোনাম',
		};
		const tags = seoMeta({
			title: 'শিরোনাম',
			description: 'বিবরণ',
			url: 'https://example.org/bn/meta/',
			siteName: 'সময়রেখা',
			locale: 'bn_IN',
			alternateLocales: ['bn_IN', 'en_IN'],
			type: 'article',
			image,
		});
		const get = (key: string) =>
			tags.filter((t) => ('property' in t ? t.property : t.name) === key).map((t) => t.content);
		expect(get('og:image')).toEqual([image.url]);
		expect(get('og:image:width')).toEqual(['1200']);
		expect(get('og:image:height')).toEqual(['630']);
		expect(get('og:image:alt')).toEqual([image.alt]);
		expect(get('twitter:card')).toEqual(['summary_large_image']);
		expect(get('twitter:image')).toEqual([image.url]);
		expect(get('twitter:image:alt')).toEqual([image.alt]);
	});
});
