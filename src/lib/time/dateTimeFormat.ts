/**
 * One `Intl.DateTimeFormat` per locale and options, made on first use and kept, e.g.
 * `dateTimeFormat('en-CA', { timeZone: 'Asia/Dhaka' }).format(instant)`.
 *
 * Each formatter holds ICU data in native memory that V8's heap accounting hardly sees, so
 * formatters made per call (every timeline entry of every page, several times) were collected
 * late: a build's resident memory grew by about 1.8 MB a page. Browser-safe (Intl only).
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(
	locale: string,
	options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
	const key = `${locale}\u0000${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, options);
		formats.set(key, format);
	}
	return format;
}
