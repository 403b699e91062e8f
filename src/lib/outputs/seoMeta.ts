/** One `<meta>` element: Open Graph uses `property`, Twitter cards use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** What a page tells link previews about itself. */
export interface SeoMetaInput {
	title: string;
	description: string;
	/** Absolute canonical URL of the page. */
	url: string;
	siteName: string;
	/** Open Graph locale of the page, e.g. `'bn_IN'`. */
	locale: string;
	/** Open Graph locales of the page's other editions. */
	alternateLocales: string[];
	/** `'article'` for a story edition, `'website'` for the other pages. */
	type: 'article' | 'website';
	/** A story's first publication (`…Z`), if its file says: `article:published_time`. */
	publishedTime?: string | undefined;
	/** A story's last update (`…Z`), if an editor wrote one: `article:modified_time`. */
	modifiedTime?: string | undefined;
	/** The page's social card; with it, the large-image Twitter card. */
	image?: SeoImage | undefined;
}

/** A link preview's picture: a story's social card (src/lib/outputs/socialCard.ts). */
export interface SeoImage {
	/** Absolute URL. */
	url: string;
	width: number;
	height: number;
	/** What the picture says, for readers who cannot see it. */
	alt: string;
}

/**
 * Open Graph and Twitter-card meta for one page, e.g. `og:locale` `bn_IN` with
 * `og:locale:alternate` `en_IN`. With an image, `og:image` and its size and the
 * `summary_large_image` card; without, the `summary` card, which needs none.
 */
export function seoMeta(input: SeoMetaInput): MetaTag[] {
	const { image } = input;
	return [
		{ property: 'og:type', content: input.type },
		{ property: 'og:site_name', content: input.siteName },
		{ property: 'og:title', content: input.title },
		{ property: 'og:description', content: input.description },
		{ property: 'og:url', content: input.url },
		{ property: 'og:locale', content: input.locale },
		...input.alternateLocales
			.filter((locale) => locale !== input.locale)
			.map((content) => ({ property: 'og:locale:alternate', content })),
		...(input.publishedTime
			? [{ property: 'article:published_time', content: input.publishedTime }]
			: []),
		...(input.modifiedTime
			? [{ property: 'article:modified_time', content: input.modifiedTime }]
			: []),
		...(image
			? [
					{ property: 'og:image', content: image.url },
					{ property: 'og:image:type', content: 'image/png' },
					{ property: 'og:image:width', content: String(image.width) },
					{ property: 'og:image:height', content: String(image.height) },
					{ property: 'og:image:alt', content: image.alt },
				]
			: []),
		{ name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
		{ name: 'twitter:title', content: input.title },
		{ name: 'twitter:description', content: input.description },
		...(image
			? [
					{ name: 'twitter:image', content: image.url },
					{ name: 'twitter:image:alt', content: image.alt },
				]
			: []),
	];
}
