import type { Lang } from '../i18n/locales';
import {
	defaultZoneChoice,
	parseZoneChoice,
	ZONE_STORAGE_KEY,
	zoneForChoice,
	type ZoneChoice,
} from '../lib/time/zoneChoice';
import { orderForZone, type TimelinePlace } from '../lib/views/timelineOrder';
import {
	calendarDay,
	dayInstant,
	formatCalendarDate,
	formatClockTime,
	formatDatedClock,
	formatDayEntry,
	formatShortDate,
} from '../lib/time/zonedClock';
import { isUtc, sameZone, zoneLabel } from '../lib/time/zoneLabel';

/**
 * Runs the story page's zone control (`.zone-switcher`, a `<select>` at the timeline's head):
 * starts on the reader's stored choice or their device's zone, rewrites every `time[data-zoned]`
 * on the page (dateline, summary, quoted post, timeline) in the chosen zone with the build's own
 * wording, orders and heads the timeline by day in that zone (timelineOrder.ts, as the build
 * does), and remembers a change on the device. Shows the control (`data-ready`) once it works.
 *
 * `data-zoned` says what a time is: `exact` / `approximate` (a clock, dated where its day is not
 * the reader's: the entry's heading inside the timeline, else the dateline's; `data-dated="always"`
 * always), `day` (a day entry: its own zone's date), `date` (the dateline's event date), `stamp`
 * (a published or updated stamp: date and clock). In the summary, a clock in another zone than the
 * story's is followed by the story's clock, which the report's own words use.
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
	const during = switcher.dataset.duringDay ?? '';
	const list = doc.querySelector<HTMLElement>('.timeline ol.entries');
	// The build's order, the input of every reordering.
	const entries = [...(list?.querySelectorAll<HTMLElement>(':scope > li.entry') ?? [])];
	const places = entries.map((li): TimelinePlace => {
		const time = li.querySelector<HTMLTimeElement>('.when time[data-zoned]');
		if (!time) return {};
		return time.dataset.zoned === 'day'
			? { day: time.dateTime }
			: { instant: new Date(time.dateTime) };
	});
	const heading =
		(list?.querySelector('li.entry > .date')?.cloneNode() as HTMLElement | undefined) ??
		Object.assign(doc.createElement('p'), { className: 'date' });
	// The dateline's event (the first timed entry): a time on another day names its date.
	const eventAt = doc.querySelector<HTMLElement>('.stamp-event time')?.dataset.instant;
	const firstTimed = places.flatMap((p) => (p.instant ? [p.instant.getTime()] : []));
	const event = eventAt
		? new Date(eventAt)
		: firstTimed.length
			? new Date(Math.min(...firstTimed))
			: undefined;
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
		const refDay = event && calendarDay(event, zone);
		// The timeline: each entry under its day in this zone, days in order (timelineOrder.ts).
		const dayOf = new Map<Element, string>();
		if (list) {
			for (const { index, day, opensDay } of orderForZone(places, zone)) {
				const li = entries[index]!;
				dayOf.set(li, day);
				let el = li.querySelector<HTMLElement>(':scope > .date');
				if (!opensDay || !day) el?.remove();
				else {
					if (!el) li.prepend((el = heading.cloneNode() as HTMLElement));
					el.textContent = formatCalendarDate(dayInstant(day), lang, intl, 'UTC');
				}
				list.append(li);
			}
		}
		for (const time of doc.querySelectorAll<HTMLTimeElement>('time[data-zoned]')) {
			const kind = time.dataset.zoned;
			if (kind === 'day') {
				const dayZone = time.dataset.dayZone ?? storyZone;
				time.textContent = formatDayEntry(time.dateTime, dayZone, lang, intl, zone, during);
				continue;
			}
			const instant = new Date(time.dataset.instant ?? time.dateTime);
			if (kind === 'date') {
				time.textContent = formatShortDate(instant, lang, intl, zone);
				continue;
			}
			if (kind === 'stamp') {
				time.textContent = `${formatShortDate(instant, lang, intl, zone)}, ${formatClockTime(instant, false, lang, zone)}`;
				continue;
			}
			const approximate = kind === 'approximate';
			// The timeline's column leaves the zone's name to the control (`data-unnamed`), its date
			// to the heading.
			if (time.dataset.unnamed !== undefined) {
				time.textContent = formatClockTime(instant, approximate, lang, zone, false);
				continue;
			}
			const entry = time.closest('li.entry');
			const ref = time.dataset.dated === 'always' ? 'always' : entry ? dayOf.get(entry) : refDay;
			let text = formatDatedClock(instant, approximate, lang, intl, zone, ref);
			if (time.closest('.status-summary') && !sameZone(zone, storyZone)) {
				const day = calendarDay(instant, zone);
				text += ` (${formatDatedClock(instant, approximate, lang, intl, storyZone, day)})`;
			}
			time.textContent = text;
		}
		for (const intro of intros) {
			const template = (isUtc(zone) ? intro.dataset.introUtc : intro.dataset.intro) ?? '';
			intro.textContent = template.replace('{zone}', zoneLabel(zone, lang, new Date()));
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
