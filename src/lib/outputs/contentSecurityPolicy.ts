/**
 * The site's Content Security Policy, for a `<meta http-equiv="content-security-policy">` in every
 * built page's head. Nothing is fetched from another origin; scripts and stylesheets are the
 * site's own files (`'self'`). The pages carry no inline script or style (CSS is linked, never
 * inlined: `build.inlineStylesheets: 'never'`; JSON-LD is data, which CSP does not govern), so no
 * hash is needed and none is allowed: an inline `<style>`, `style="…"` or `onclick="…"` is refused.
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly index (it allows no JavaScript eval).
 */
export const contentSecurityPolicy = [
	"default-src 'none'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"manifest-src 'self'",
	"worker-src 'self'",
	"base-uri 'self'",
	"form-action 'self'",
].join(';');
