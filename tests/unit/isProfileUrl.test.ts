import { describe, expect, it } from 'vitest';
import { isProfileUrl } from '../../src/lib/views/buildPostQuote';

describe('isProfileUrl', () => {
	it('tells an account’s address from a post’s, so the link is labelled for what it opens', () => {
		expect(isProfileUrl('https://x.com/andymstone')).toBe(true);
		expect(isProfileUrl('https://x.com/andymstone/')).toBe(true);
		expect(isProfileUrl('https://x.com/andymstone/status/1765079318592606460')).toBe(false);
		expect(isProfileUrl('https://www.facebook.com/meta/posts/123')).toBe(false);
	});
});
