/**
 * Answers already given, by zone name: making an `Intl.DateTimeFormat` to test a zone costs tens
 * of microseconds, and the schema and the timeline ask for every time of every entry (at 1,000
 * stories this check alone took about 2 s of the content sync).
 */
const known = new Map<string, boolean>();

/** True for an IANA time zone name the runtime knows, e.g. `'Asia/Kolkata'` or `'UTC'`. */
export function isValidTimeZone(zone: string): boolean {
	let valid = known.get(zone);
	if (valid === undefined) {
		valid = check(zone);
		// Zone names come from the stories, so there are few; the bound only guards against misuse.
		if (known.size >= 1000) known.clear();
		known.set(zone, valid);
	}
	return valid;
}

function check(zone: string): boolean {
	// Intl also accepts raw offsets ("+05:30") and abbreviations ("IST"); an offset has no
	// daylight-saving rules and "IST" means India, Israel or Ireland, so editors name a region.
	if (zone !== 'UTC' && !/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
