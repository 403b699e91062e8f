import { describe, expect, it } from 'vitest';
import { bn } from '../../src/i18n/ui/bn';
import { en } from '../../src/i18n/ui/en';

describe('interface strings', () => {
	it('exist in both languages, with the same placeholders', () => {
		expect(Object.keys(bn).sort()).toEqual(Object.keys(en).sort());
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect(placeholders(bn[key]), key).toEqual(placeholders(en[key]));
		}
	});

	it('have no Latin letters in Bengali strings except names that stay in Latin (UTC, X)', () => {
		for (const [key, value] of Object.entries(bn)) {
			expect(value.replace(/\{\w+\}|UTC/g, ''), key).not.toMatch(/[A-Za-z]/);
		}
	});
});
