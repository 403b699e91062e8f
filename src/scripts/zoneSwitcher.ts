import type { Lang } from '../i18n/locales';
import {
	defaultZoneChoice,
	parseZoneChoice,
	ZONE_STORAGE_KEY,
	zoneForChoice,
	type ZoneChoice,
} from '../lib/time/zoneChoice';
import { dayHeadings, formatClockTime } from '../lib/time/zonedClock';
import { isUtc, zoneLabel } from '../lib/time/zoneLabel';

/**
 * Runs the story page's zone control (`.zone-switcher`, a `<select>` at the timeline's head):
 * starts on the reader's stored choice or their device's zone, rewrites every `time[data-zoned]`
 * on the page (timeline, summary, quoted post) in the chosen zone with the build's own wording,
 * and remembers a change on the device. Shows the control (`data-ready`) once it works.
 */
export function startZoneSwitcher(doc: Document = document): void {
	const switcher = doc.querySelector<HTMLElement>('.zone-switcher');
	const select = switcher?.querySelector('select');
	if (!switcher || !select) return;
	// The device's IANA zone; '' where the engine reports none.
	const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
	const lang = (switcher.dataset.lang ?? 'bn') as Lang;
	const intl = switcher.dataset.intl ?? lang;
	const storyZone = switcher.dataset.storyZone ?? 'UTC';
	const entries = [...doc.querySelectorAll<HTMLElement>('.timeline li.entry')];
	const whens = entries.map((li) => li.querySelector<HTMLTimeElement>('.when time[data-zoned]'));
	const heading = entries[0]?.querySelector('.date')?.cloneNode() as HTMLElement | undefined;
	// The lines that name the zone: the timeline's head (shown without the control: on paper) and
	// its closing note.
	const intros = [...doc.querySelectorAll<HTMLElement>('[data-intro]')];

	// The reader's own zone, named; dropped when another choice already means it.
	const options = [...select.options];
	const offered = options.map((o) => parseZoneChoice(o.value));
	const device = defaultZoneChoice(offered, storyZone, localZone);
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(ZONE_STORAGE_KEY);
	} catch {
		// Storage can be off (private modes): the device's zone, not remembered.
	}
	const initial = stored === null ? device : parseZoneChoice(stored);
	const local = options.find((o) => o.value === 'local');
	if (local) {
		if (device !== 'local' && initial !== 'local') local.remove();
		else {
			// A zone the site names is shown by its name ("ET"); any other as "your time (GMT+1)".
			const name = zoneLabel(localZone, lang, new Date());
			local.textContent = name.startsWith('GMT') ? `${local.textContent} (${name})` : name;
		}
	}

	const apply = (choice: ZoneChoice) => {
		const zone = zoneForChoice(choice, storyZone, localZone);
		for (const time of doc.querySelectorAll<HTMLTimeElement>('time[data-zoned]')) {
			const approximate = time.dataset.zoned === 'approximate';
			// The timeline's column leaves the zone's name to the control (`data-unnamed`).
			const named = time.dataset.unnamed === undefined;
			time.textContent = formatClockTime(new Date(time.dateTime), approximate, lang, zone, named);
		}
		for (const intro of intros) {
			const template = (isUtc(zone) ? intro.dataset.introUtc : intro.dataset.intro) ?? '';
			intro.textContent = template.replace('{zone}', zoneLabel(zone, lang, new Date()));
		}
		// Date headings follow the chosen zone; a timeline with a date-only entry keeps its own.
		if (heading && whens.every(Boolean)) {
			const days = dayHeadings(
				whens.map((time) => new Date(time!.dateTime)),
				lang,
				intl,
				zone,
			);
			entries.forEach((li, i) => {
				let el = li.querySelector<HTMLElement>(':scope > .date');
				const text = days[i];
				if (!text) return el?.remove();
				if (!el) li.prepend((el = heading.cloneNode() as HTMLElement));
				el.textContent = text;
			});
		}
		doc.documentElement.toggleAttribute('data-zone-utc', isUtc(zone));
		select.value = choice;
	};

	if (initial !== 'story') apply(initial);
	select.addEventListener('change', () => {
		const choice = parseZoneChoice(select.value);
		try {
			localStorage.setItem(ZONE_STORAGE_KEY, choice);
		} catch {
			// Not remembered (storage off); still applied.
		}
		apply(choice);
	});
	switcher.dataset.ready = '';
}
