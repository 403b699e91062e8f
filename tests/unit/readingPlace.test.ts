import { describe, expect, it } from 'vitest';
import { readingPlace } from '../../src/scripts/reloadInPlace';
import { placedElement } from '../../src/scripts/restorePlace';

/** A laid-out element: its name (for the test), its id, where it starts on the page, its height. */
interface Box {
	name: string;
	id?: string;
	at: number;
	height: number;
	children?: Box[];
}

/** The part of an `Element` the reader's place reads, over boxes, scrolled `scrollY` px down. */
function element(box: Box, scrollY: number): Element {
	return {
		id: box.id ?? '',
		name: box.name,
		children: (box.children ?? []).map((child) => element(child, scrollY)),
		getBoundingClientRect: () => ({ top: box.at - scrollY, bottom: box.at + box.height - scrollY }),
	} as unknown as Element;
}

const nameOf = (el: Element | undefined) => (el as unknown as { name: string } | undefined)?.name;

/**
 * A story page: a head (title and standfirst), then the timeline's entries. `grow` makes the
 * title taller (a font come in, a time rewritten in another zone); `first` puts entries before
 * the others (a timeline newest first).
 */
function page({ grow = 0, first = [] as Pick<Box, 'name' | 'id'>[] } = {}): Box {
	const entries = [...first, { name: 'logout', id: 'india-logout' }, { name: 'back', id: 'back' }];
	const timelineAt = 260 + grow;
	return {
		name: 'main',
		id: 'main',
		at: 70,
		height: 2000,
		children: [
			{
				name: 'article',
				at: 70,
				height: 2000,
				children: [
					{
						name: 'head',
						at: 70,
						height: 180 + grow,
						children: [
							{ name: 'title', at: 70, height: 80 + grow },
							{ name: 'standfirst', at: 160 + grow, height: 90 },
						],
					},
					{
						name: 'timeline',
						id: 'timeline',
						at: timelineAt,
						height: 200 * entries.length,
						children: entries.map((entry, i) => ({
							...entry,
							at: timelineAt + 200 * i,
							height: 200,
						})),
					},
				],
			},
		],
	};
}

describe('readingPlace', () => {
	it('follows the first element reaching below the viewport’s top down to one with nothing inside', () => {
		expect(readingPlace(element(page(), 200))).toEqual([
			['main', -130],
			[0, -130],
			[0, -130],
			[1, -40],
		]);
	});

	it('names an element by its id where it has one', () => {
		expect(readingPlace(element(page(), 400))).toEqual([
			['main', -330],
			[0, -330],
			['timeline', -140],
			['india-logout', -140],
		]);
	});

	it('stops at the first element that starts below the viewport’s top', () => {
		// 255: between the head's end (250) and the timeline (260).
		expect(readingPlace(element(page(), 255)).slice(2)).toEqual([['timeline', 5]]);
	});

	it('is the root alone when the reader is above it (at the masthead)', () => {
		expect(readingPlace(element(page(), 30))).toEqual([['main', 40]]);
	});
});

describe('placedElement', () => {
	it('finds the same element on the reloaded page, where the heights above it have changed', () => {
		const place = readingPlace(element(page(), 200));
		// The reloaded page, laid out with a taller title, before any scrolling.
		const found = placedElement(element(page({ grow: 14 }), 0), place);
		expect(nameOf(found?.element)).toBe('standfirst');
		// Scrolling by its top now minus its top then puts it back: 214.
		expect(found!.element.getBoundingClientRect().top - found!.top).toBe(214);
	});

	it('finds an entry by its id when entries have been added before it', () => {
		const place = readingPlace(element(page(), 400));
		const found = placedElement(
			element(page({ first: [{ name: 'new', id: 'india-update' }] }), 0),
			place,
		);
		expect(nameOf(found?.element)).toBe('logout');
		expect(found!.element.getBoundingClientRect().top - found!.top).toBe(600);
	});

	it('stops at the deepest element still there, with that element’s own distance from the top', () => {
		const place = readingPlace(element(page(), 200));
		const changed = page();
		changed.children![0]!.children![0]!.children!.pop();
		const found = placedElement(element(changed, 0), place);
		expect(nameOf(found?.element)).toBe('head');
		expect(found!.element.getBoundingClientRect().top - found!.top).toBe(200);
	});

	it('is nothing for an empty place', () => {
		expect(placedElement(element(page(), 0), [])).toBeUndefined();
	});
});
