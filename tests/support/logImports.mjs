// Preloaded (`--import`) after tsx by tests that ask which modules a command loads: appends the
// URL of every module loaded to the file named by IMPORT_LOG.
import { register } from 'node:module';

register(
	`data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
	appendFileSync(process.env.IMPORT_LOG, url + '\\n');
	return next(url, context);
}`)}`,
);
