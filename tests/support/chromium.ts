// Where Debian's Chromium is and how it starts, without loading playwright-core (the content
// lane reads these before its build, and loads the browser driver only while the build runs).

/** Debian's Chromium (scripts/ensure-chromium.sh installs it where missing). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, reproducible headless Chromium that calls no Google service. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
