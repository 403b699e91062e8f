/** Answers so far: every timeline time is checked, and each check made an Intl formatter. */
const known = new Map<string, boolean>();

/** True for an IANA time zone name the runtime knows, e.g. `'Asia/Kolkata'` or `'UTC'`. */
export function isValidTimeZone(zone: string): boolean {
	let valid = known.get(zone);
	if (valid === undefined) {
		valid = checkTimeZone(zone);
		if (known.size < 1000) known.set(zone, valid);
	}
	return valid;
}

function checkTimeZone(zone: string): boolean {
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
