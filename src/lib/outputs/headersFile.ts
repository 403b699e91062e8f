/**
 * The `_headers` file the build writes into the site (src/integrations/headersFile.ts) for hosts that read one (Netlify,
 * Cloudflare Pages; GitHub Pages ignores it), e.g. `headersFile('/outages/')`. Hashed assets
 * (`_astro/`) are cached for a year; `timeline.json` and the feeds must be revalidated on every
 * request, so an open page and a feed reader see a new entry as soon as it is deployed. Pages
 * keep the host's default, which on both hosts is `public, max-age=0, must-revalidate`: a rule
 * for them would also match other paths, and the two hosts combine matching rules differently
 * (Netlify: the later wins; Cloudflare: values are joined), so no two rules here set the same
 * header on one path.
 */
export function headersFile(base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	const revalidate = 'Cache-Control: public, max-age=0, must-revalidate';
	return [
		'# Written by the build (src/lib/outputs/headersFile.ts); docs/DEPLOY.md explains it.',
		`${root}*`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		"  Content-Security-Policy: frame-ancestors 'none'",
		`${root}:slug/timeline.json`,
		`  ${revalidate}`,
		`${root}:lang/rss.xml`,
		`  ${revalidate}`,
		`${root}:lang/:slug/rss.xml`,
		`  ${revalidate}`,
		`${root}_astro/*`,
		'  Cache-Control: public, max-age=31536000, immutable',
		'',
	].join('\n');
}
