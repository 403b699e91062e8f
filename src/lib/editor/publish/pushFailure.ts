import type { PushFailure } from '../../../i18n/messages/publish';

export type { PushFailure };
// Checked in this order: a refusal names the remote's reason; a network failure has no answer.
const PATTERNS: [PushFailure, RegExp][] = [
	['behind', /\[rejected\].*\((?:fetch first|non-fast-forward)\)|Updates were rejected because/i],
	[
		'login',
		/Authentication failed|could not read Username|invalid credentials|Permission denied \(publickey|HTTP Basic: Access denied/i,
	],
	[
		'refused',
		/\[remote rejected\]|pre-receive hook declined|protected branch|Permission to \S+ denied|The requested URL returned error: 403|\berror: 403\b/i,
	],
	[
		'network',
		/Could not resolve host|Failed to connect|Couldn't connect|Connection (?:refused|timed out|reset)|Network is unreachable|Operation timed out|unable to access|Could not read from remote repository|does not appear to be a git repository|early EOF|remote end hung up|SSL|TLS|Name or service not known|Temporary failure in name resolution/i,
	],
];

/**
 * Reads git's error output of a failed push, e.g. `! [remote rejected] main -> main (pre-receive
 * hook declined)` → `'refused'`, `Could not resolve host: github.com` → `'network'`.
 */
export function pushFailure(stderr: string): PushFailure {
	return PATTERNS.find(([, pattern]) => pattern.test(stderr))?.[0] ?? 'other';
}

/** git's lines that say what went wrong (errors and refusals, not hints or progress). */
export function pushErrorLines(stderr: string): string[] {
	return stderr
		.split('\n')
		.map((line) => line.trimEnd())
		.filter((line) => /^(?:error|fatal|remote|ssh|\s*! )/i.test(line) && !/^remote: *$/.test(line))
		.slice(0, 6);
}
