/**
 * Where the reader is: the path from a root element down to the element at the top of the
 * viewport, one step an element, each step's key (its id, or its index among its parent's
 * children) and how far the element's top stands from the viewport's top, in px. The first step
 * is the root itself. e.g. `[['main', -131.4], [0, -131.4], [0, -131.4], [1, -47.8]]`.
 */
export type ReadingPlace = [key: string | number, top: number][];

/** What a reload in place leaves in the page's history entry for `restorePlace` to read. */
export interface PlaceState {
	readingPlace: ReadingPlace;
}

/**
 * The reader's place in `root`: from the root, down through the first child that reaches below
 * the viewport's top, to the first element that starts at or below it or has no children.
 */
export function readingPlace(root: Element): ReadingPlace {
	const place: ReadingPlace = [];
	let el: Element | undefined = root;
	let key: string | number = root.id;
	while (el) {
		const { top } = el.getBoundingClientRect();
		place.push([key, top]);
		if (top >= 0) break;
		const children: Element[] = [...el.children];
		const i = children.findIndex((child) => child.getBoundingClientRect().bottom > 0);
		el = children[i];
		key = el?.id || i;
	}
	return place;
}

/**
 * Reloads the page (for the entries a deploy has added) and keeps the reader's place: notes it in
 * the history entry, which a reload keeps, and leaves the scrolling to `restorePlace`, which puts
 * that element back where it was once the zone switcher has rewritten the times and the fonts are
 * in. The browser's own restoration (`history.scrollRestoration`) keeps a scroll offset, which
 * lands elsewhere when the heights above change while the page loads, and may glide there from
 * the top. Where history cannot be written, the browser restores as usual.
 */
export function reloadInPlace(): void {
	const root = document.querySelector('main');
	try {
		if (root) {
			history.replaceState({ readingPlace: readingPlace(root) } satisfies PlaceState, '');
			history.scrollRestoration = 'manual';
		}
	} catch {
		// The browser's own restoration.
	}
	location.reload();
}
