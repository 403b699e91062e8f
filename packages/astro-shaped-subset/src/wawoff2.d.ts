/** wawoff2: Google's woff2 encoder and decoder compiled to WebAssembly (no types of its own). */
declare module 'wawoff2' {
	/** TrueType/OpenType bytes to WOFF2 bytes. */
	export function compress(font: Uint8Array): Promise<Uint8Array>;
	/** WOFF2 bytes to TrueType/OpenType bytes. */
	export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
