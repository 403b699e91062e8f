import { compress } from 'wawoff2';

/**
 * WOFF2 bytes of a TrueType font. wawoff2 returns a view into its WebAssembly memory that its next
 * call overwrites, so callers must not overlap calls: the copy is taken before another can start.
 */
export async function woff2(ttf: Uint8Array): Promise<Uint8Array> {
	return (await compress(ttf)).slice();
}
