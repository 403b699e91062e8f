import { describe, expect, it } from 'vitest';
import { cardKit } from '../../src/lib/outputs/cardFonts';
import { renderSocialCard, SOCIAL_CARD_SIZE } from '../../src/lib/outputs/socialCard';

/**
 * The social card renderer gives back what it takes from CanvasKit's WebAssembly heap: a build
 * draws two cards a story (2,000 at 1,000 stories), and a card that kept its 3 MB of pixels ran
 * the heap out after about 700 ("CanvasKit could not read the social card back").
 */
describe('renderSocialCard', () => {
	it('draws card after card without growing the WebAssembly heap', async () => {
		const heap = async () =>
			((await cardKit()).canvasKit as unknown as { HEAPU8: Uint8Array }).HEAPU8.byteLength;
		const card = (i: number) =>
			renderSocialCard({
				title: `ঘণ্টাখানেক পর মিটল ফেসবুক এবং ইনস্টাগ্রামের সমস্যা ${i}`,
				siteName: 'সময়রেখা · Somoyrekha',
				statusLine: 'সমস্যা মিটেছে',
				spanLine: 'ভারতে রাত ৯টা নাগাদ থেকে রাত ১০টা নাগাদ, প্রায় ১ ঘণ্টা',
				lang: 'bn',
				status: 'resolved',
			});
		// The first cards grow the heap to what one card needs (fonts, glyph caches).
		for (let i = 0; i < 3; i++) await card(i);
		const before = await heap();
		const { width, height } = SOCIAL_CARD_SIZE;
		for (let i = 0; i < 80; i++) {
			const png = await card(i);
			expect(png.byteLength).toBeGreaterThan(1000);
		}
		// 80 cards that each kept their pixels would take 80 × 1200 × 630 × 4 B = 242 MB more (the
		// heap starts at 128 MB, so the first 40 could hide in it).
		expect(await heap()).toBeLessThan(before + 10 * width * height * 4);
	});
});
