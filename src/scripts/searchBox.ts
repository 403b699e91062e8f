interface PagefindResult {
	url: string;
	excerpt: string;
	meta: { title?: string };
}
interface Pagefind {
	options(options: { baseUrl: string; bundlePath: string }): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/** Search over the page's language with Pagefind's index, which the build writes to `pagefind/`. */
class SearchBox extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#latest = 0;

	connectedCallback() {
		const form = this.querySelector('form')!;
		const input = this.querySelector('input')!;
		let timer: ReturnType<typeof setTimeout> | undefined;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			// The search runs now: the one typing scheduled would only run it again, and the
			// status would fall back to "searching…" after the results were shown.
			clearTimeout(timer);
			const url = new URL(location.href);
			url.searchParams.set('q', input.value);
			history.replaceState(null, '', url);
			void this.run(input.value);
		});
		input.addEventListener('input', () => {
			clearTimeout(timer);
			timer = setTimeout(() => void this.run(input.value), 250);
		});
		const query = new URL(location.href).searchParams.get('q');
		if (query) {
			input.value = query;
			void this.run(query);
		}
	}

	message(
		key: 'loading' | 'results' | 'result' | 'none' | 'failed',
		vars: Record<string, string> = {},
	) {
		return (this.dataset[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
	}

	load(): Promise<Pagefind> {
		this.#pagefind ??= (async () => {
			const bundle = this.dataset.bundle!;
			const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
			// Result URLs are relative to the site's root folder; the base path puts them under it.
			await pagefind.options({ baseUrl: this.dataset.base!, bundlePath: bundle });
			return pagefind;
		})();
		return this.#pagefind;
	}

	async run(raw: string) {
		const query = raw.trim();
		const run = ++this.#latest;
		const status = this.querySelector('.status')!;
		const list = this.querySelector('.results')!;
		if (!query) {
			status.textContent = '';
			list.replaceChildren();
			return;
		}
		status.textContent = this.message('loading');
		try {
			const pagefind = await this.load();
			const { results } = await pagefind.search(query);
			const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
			if (run !== this.#latest) return;
			// In the page's digits (Bengali digits on the Bengali page): its locale's own.
			const count = new Intl.NumberFormat(this.dataset.intl).format(data.length);
			status.textContent =
				data.length === 0
					? this.message('none', { query })
					: this.message(data.length === 1 ? 'result' : 'results', { query, count });
			list.replaceChildren(...data.map((result) => this.item(result)));
		} catch (error) {
			console.error(error);
			if (run === this.#latest) status.textContent = this.message('failed');
		}
	}

	item(result: PagefindResult): HTMLLIElement {
		const li = document.createElement('li');
		const link = document.createElement('a');
		link.href = result.url;
		link.textContent = result.meta.title ?? result.url;
		const excerpt = document.createElement('p');
		// Pagefind's excerpt is escaped text with <mark> around matches; rebuild it from text
		// nodes so nothing else in it can become markup.
		const parsed = new DOMParser().parseFromString(result.excerpt, 'text/html');
		for (const node of parsed.body.childNodes) {
			if (node.nodeName === 'MARK') {
				const mark = document.createElement('mark');
				mark.textContent = node.textContent;
				excerpt.append(mark);
			} else excerpt.append(node.textContent ?? '');
		}
		li.append(link, excerpt);
		return li;
	}
}

/** Defines `<search-box>` (once): search over the page's language as the reader types. */
export function defineSearchBox(): void {
	if (!customElements.get('search-box')) customElements.define('search-box', SearchBox);
}
