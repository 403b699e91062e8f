import { describe, expect, it } from 'vitest';
import { newsroomFromEnv, siteFooter } from '../../src/lib/views/siteFooter';

describe('the site footer', () => {
	it('says who publishes and how to ask for a correction, from the newsroom’s settings', () => {
		// A made-up newsroom: test data.
		const newsroom = newsroomFromEnv({
			NEWSROOM_NAME_BN: 'পরীক্ষা ডেস্ক',
			NEWSROOM_NAME_EN: 'Test Desk',
			NEWSROOM_CONTACT: 'corrections@example.org',
		});
		expect(siteFooter(newsroom, 'bn')).toEqual({
			publisher: 'সময়রেখা প্রকাশ করে পরীক্ষা ডেস্ক।',
			correction: {
				text: 'কোনও ভুল চোখে পড়লে সংশোধনের অনুরোধ জানান:',
				href: 'mailto:corrections@example.org',
				label: 'corrections@example.org',
			},
		});
		expect(siteFooter(newsroom, 'en').publisher).toBe('Somoyrekha is published by Test Desk.');
	});

	it('takes one name for both languages, and a web page as the contact', () => {
		const newsroom = newsroomFromEnv({
			NEWSROOM_NAME: 'Test Desk',
			NEWSROOM_CONTACT: 'https://example.org/corrections/',
		});
		expect(newsroom).toEqual({
			name: { bn: 'Test Desk', en: 'Test Desk' },
			contact: { href: 'https://example.org/corrections/', text: 'example.org/corrections' },
		});
	});

	it('says nothing of a publisher or a contact that is not set', () => {
		expect(siteFooter(newsroomFromEnv({}), 'bn')).toEqual({
			publisher: undefined,
			correction: undefined,
		});
		expect(newsroomFromEnv({ NEWSROOM_NAME: '  ' }).name).toBeUndefined();
	});

	it('refuses a contact that is neither an e-mail address nor an https address, naming the setting', () => {
		expect(() => newsroomFromEnv({ NEWSROOM_CONTACT: 'call us' })).toThrow(
			'NEWSROOM_CONTACT "call us" is neither an e-mail address nor an https:// address; give where readers can ask for a correction, e.g. NEWSROOM_CONTACT=corrections@example.org',
		);
	});
});
