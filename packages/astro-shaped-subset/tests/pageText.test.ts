import { describe, expect, it } from 'vitest';
import { visibleText } from 'astro-shaped-subset';

describe('visibleText', () => {
	it('counts what a reader sees: text, image descriptions, a field’s or a button’s value', () => {
		const html = `<html><body><p>সময়</p><img alt="ছবি" src="x.png">
			<input type="search" placeholder="খুঁজুন" value="ফেসবুক"><input type="submit" value="যান"></body></html>`;
		expect(visibleText(html).replace(/\s+/g, '')).toBe('সময়ছবিখুঁজুনফেসবুকযান');
	});

	it('leaves out the values of choices, which are data the reader never sees', () => {
		const html = `<html><body><fieldset><legend>সময় দেখান</legend>
			<label><input type="radio" name="zone" value="Asia/Dhaka">বাংলাদেশ সময়</label>
			<input type="checkbox" id="key-only" value="on"><input type="hidden" name="x" value="secret">
			<ol><li value="3">তিন</li></ol></fieldset></body></html>`;
		expect(visibleText(html).replace(/\s+/g, '')).toBe('সময়দেখানবাংলাদেশসময়তিন');
	});
});
