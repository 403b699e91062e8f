// Types only: the two halves stay in their own scripts (a shared module would be a third file).
import type { PlaceState, ReadingPlace } from './reloadInPlace';

/**
 * The element a `ReadingPlace` names in `root` and how far from the viewport's top it stood: its
 * last step, or the deepest step still found when the page has changed below it.
 */
export function placedElement(
	root: Element,
	place: ReadingPlace,
): { element: Element; top: number } | undefined {
	let found: { element: Element; top: number } | undefined;
	let el: Element | undefined = root;
	for (const [i, [key, top]] of place.entries()) {
		if (i) {
			const children: Element[] = [...el.children];
			el = typeof key === 'string' ? children.find((child) => child.id === key) : children[key];
		}
		if (!el) break;
		found = { element: el, top };
	}
	return found;
}

/**
 * After `reloadInPlace`, puts the element the reader had at the top of the viewport back where it
 * was: at once (every module script before this one, the zone switcher's among them, has run),
 * again after DOMContentLoaded (every module script has run, whatever their order), and once more
 * when the page has loaded and its fonts are in; then hands scrolling back to the browser. Stops
 * correcting as soon as the reader scrolls. Does nothing after any other load.
 */
export function restorePlace(): void {
	const place = (history.state as Partial<PlaceState> | null)?.readingPlace;
	const root = document.querySelector('main');
	if (!place || !root) return;
	let reader = false;
	const restore = () => {
		const found = placedElement(root, place);
		if (found && !reader) {
			// 'instant': the page asks for smooth scrolling, meant for its links.
			scrollBy({ top: found.element.getBoundingClientRect().top - found.top, behavior: 'instant' });
		}
	};
	restore();
	for (const type of ['wheel', 'touchstart', 'keydown']) {
		addEventListener(type, () => (reader = true), { once: true, passive: true });
	}
	document.addEventListener('DOMContentLoaded', restore, { once: true });
	addEventListener(
		'load',
		// Asked after load: fonts the layout needed are requested by then.
		() =>
			void document.fonts.ready.then(() => {
				restore();
				history.replaceState(null, '');
				history.scrollRestoration = 'auto';
			}),
		{ once: true },
	);
}
