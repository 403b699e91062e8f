/** A binarized picture cropped to its ink: 1 where a pixel is dark, 0 elsewhere. */
export interface Ink {
	width: number;
	height: number;
	/** Row by row, one byte a pixel. */
	data: Uint8Array;
	/** Dark pixels. */
	count: number;
}

/** RGBA pixels (dark text on a light ground) as ink, cropped to the ink's bounding box. */
export function toInk(rgba: Uint8Array, width: number, height: number): Ink {
	let [top, left, bottom, right] = [height, width, -1, -1];
	const dark = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const p = (y * width + x) * 4;
			const luma = 0.299 * rgba[p]! + 0.587 * rgba[p + 1]! + 0.114 * rgba[p + 2]!;
			if (luma >= 128) continue;
			dark[y * width + x] = 1;
			[top, left] = [Math.min(top, y), Math.min(left, x)];
			[bottom, right] = [Math.max(bottom, y), Math.max(right, x)];
		}
	}
	if (bottom < 0) return { width: 0, height: 0, data: new Uint8Array(0), count: 0 };
	const [w, h] = [right - left + 1, bottom - top + 1];
	const data = new Uint8Array(w * h);
	let count = 0;
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) {
			count += data[y * w + x] = dark[(top + y) * width + left + x]!;
		}
	}
	return { width: w, height: h, data, count };
}

/** Is there ink at (x, y) or next to it (one pixel either way)? */
function inkNear(ink: Ink, x: number, y: number): boolean {
	for (let dy = -1; dy <= 1; dy++) {
		for (let dx = -1; dx <= 1; dx++) {
			const [nx, ny] = [x + dx, y + dy];
			if (nx >= 0 && ny >= 0 && nx < ink.width && ny < ink.height && ink.data[ny * ink.width + nx])
				return true;
		}
	}
	return false;
}

/**
 * How differently two renderings of the same text are inked, from 0 (the same shapes, give or
 * take a pixel of anti-aliasing) to 1: the share of dark pixels, on either side, with no dark
 * pixel within one pixel on the other, the two aligned at their ink's top-left corner. Glyphs
 * in another order, or a conjunct drawn as its letters, move whole strokes and score high.
 */
export function inkMismatch(a: Ink, b: Ink): number {
	if (!a.count || !b.count) return a.count === b.count ? 0 : 1;
	let lonely = 0;
	for (const [from, to] of [
		[a, b],
		[b, a],
	] as const) {
		for (let y = 0; y < from.height; y++) {
			for (let x = 0; x < from.width; x++) {
				if (from.data[y * from.width + x] && !inkNear(to, x, y)) lonely++;
			}
		}
	}
	return lonely / (a.count + b.count);
}
