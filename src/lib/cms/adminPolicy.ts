/**
 * The Content Security Policy of the web editor's page (/admin/) only; reader pages keep theirs
 * (src/lib/outputs/contentSecurityPolicy.ts). Decap CMS styles itself with inline styles (Emotion)
 * and compiles its config schema with `new Function` (Ajv), so the editor needs `'unsafe-inline'`
 * styles and `'unsafe-eval'`; it talks to GitHub's API and shows GitHub avatars. Its code is the
 * site's own copy (`'self'`), never a CDN. `dev` adds the dev server's websocket.
 */
export function adminPolicy({
	dev = false,
	authUrl,
}: { dev?: boolean; authUrl?: string | undefined } = {}): string {
	const connect = [
		"'self'",
		'https://api.github.com',
		...(authUrl ? [new URL(authUrl).origin] : []),
	];
	if (dev) connect.push('ws:');
	return [
		"default-src 'none'",
		"script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
		"font-src 'self' data:",
		`connect-src ${connect.join(' ')}`,
		"worker-src 'self' blob:",
		"base-uri 'self'",
		"form-action 'self'",
	].join(';');
}
