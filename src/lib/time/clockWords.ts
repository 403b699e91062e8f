import { bengaliDigits } from '../../i18n/bengaliDigits';

/** Bengali part of the day for an hour 0–23, as a Bengali reader says it (রাত ৯টা, সকাল ৭টা). */
export function bengaliDayPeriod(hour: number): string {
	if (hour < 4) return 'রাত';
	if (hour < 6) return 'ভোর';
	if (hour < 12) return 'সকাল';
	if (hour < 15) return 'দুপুর';
	if (hour < 18) return 'বিকেল';
	if (hour < 20) return 'সন্ধ্যা';
	return 'রাত';
}

/** A wall-clock time in Bengali words, e.g. `bengaliClock(21, 30)` → `'রাত সাড়ে ৯টা'`. */
export function bengaliClock(hour: number, minute: number): string {
	const h12 = hour % 12 || 12;
	const next = (h12 % 12) + 1;
	const period = bengaliDayPeriod(hour);
	if (minute === 0) return `${period} ${bengaliDigits(h12)}টা`;
	if (minute === 30) {
		// 1:30 and 2:30 have their own words: দেড়টা, আড়াইটা.
		if (h12 === 1) return `${period} দেড়টা`;
		if (h12 === 2) return `${period} আড়াইটা`;
		return `${period} সাড়ে ${bengaliDigits(h12)}টা`;
	}
	if (minute === 15) return `${period} সোয়া ${bengaliDigits(h12)}টা`;
	if (minute === 45) return `${period} পৌনে ${bengaliDigits(next)}টা`;
	return `${period} ${bengaliDigits(h12)}টা ${bengaliDigits(minute)} মিনিট`;
}

/** A wall-clock time in English, e.g. `englishClock(21, 5)` → `'9:05 p.m.'`. */
export function englishClock(hour: number, minute: number): string {
	if (hour === 12 && minute === 0) return 'noon';
	if (hour === 0 && minute === 0) return 'midnight';
	const h12 = hour % 12 || 12;
	const mm = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
	return `${h12}${mm} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
}
