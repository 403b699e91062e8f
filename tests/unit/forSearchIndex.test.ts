import { describe, expect, it } from 'vitest';
import { forSearchIndex } from '../../src/integrations/pagefind';

describe('forSearchIndex', () => {
	it('ends a Bengali page’s unpunctuated blocks with a dari, where Pagefind would add “.”', () => {
		expect(
			forSearchIndex(
				'<html lang="bn"><h1>ফেসবুকের সমস্যা</h1><p>মঙ্গলবার রাত ৯টা।</p><h2>এক নজরে <span class="badge">সমস্যা মিটেছে</span></h2><ul><li>ঘটনা: ৫ মার্চ ২০২৪</li></ul></html>',
			),
		).toBe(
			// Pagefind would have read “সমস্যা. মঙ্গলবার”, “মিটেছে. ঘটনা”, “২০২৪.”.
			'<html lang="bn"><h1>ফেসবুকের সমস্যা।</h1><p>মঙ্গলবার রাত ৯টা।</p><h2>এক নজরে <span class="badge">সমস্যা মিটেছে।</span></h2><ul><li>ঘটনা: ৫ মার্চ ২০২৪।</li></ul></html>',
		);
	});

	it('leaves an English page as Pagefind reads it', () => {
		const html = '<html lang="en"><h1>Facebook problems</h1></html>';
		expect(forSearchIndex(html)).toBe(html);
	});
});
