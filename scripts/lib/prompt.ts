import { createInterface } from 'node:readline';

/** One question: what to ask, an optional default, and a check that returns a problem or nothing. */
export interface Question {
	/** Flag that answers it on the command line, e.g. `--time`, named when no answer comes. */
	flag: string;
	ask: string;
	/** Extra lines shown before the question: the format and an example. */
	help?: string | undefined;
	default?: string | undefined;
	/** Returns why the answer cannot be used (with an example), or `undefined` when it can. */
	check?: ((answer: string) => string | undefined) | undefined;
	/** An empty answer is allowed (and given back as ''). */
	optional?: boolean | undefined;
}

/** A value that was needed but not given, neither as a flag nor as an answer. */
export class MissingAnswerError extends Error {
	constructor(flag: string) {
		super(`no answer for ${flag}; pass it on the command line, e.g. ${flag} "…"`);
		this.name = 'MissingAnswerError';
	}
}

/**
 * Asks questions on the terminal, one line per answer; a line that fails its check is asked
 * again with the reason. Works with typed and with piped answers.
 */
export function createPrompter(input: NodeJS.ReadableStream = process.stdin) {
	const rl = createInterface({ input, terminal: false });
	const lines = rl[Symbol.asyncIterator]();
	let closed = false;
	return {
		/** The answer to `q`, or `given` (the flag's value) when that passes the check. */
		async ask(q: Question, given?: string): Promise<string> {
			if (given !== undefined) {
				if (given === '' && q.optional) return '';
				const problem = q.check?.(given);
				if (!problem) return given;
				process.stderr.write(`✗ ${q.flag} ${JSON.stringify(given)}: ${problem}\n`);
			}
			if (q.help) process.stdout.write(`\n${q.help}\n`);
			for (;;) {
				process.stdout.write(`${q.ask}${q.default ? ` [${q.default}]` : ''}: `);
				const next = closed ? { done: true as const, value: undefined } : await lines.next();
				if (next.done) {
					closed = true;
					process.stdout.write('\n');
					if (q.default !== undefined) return q.default;
					if (q.optional) return '';
					throw new MissingAnswerError(q.flag);
				}
				// Piped answers are shown, so the transcript reads like a typed session.
				if (!('isTTY' in input && input.isTTY)) process.stdout.write(`${String(next.value)}\n`);
				const answer = String(next.value).trim() || q.default || '';
				if (!answer && q.optional) return '';
				const problem = answer ? q.check?.(answer) : 'an answer is needed';
				if (!problem) return answer;
				process.stdout.write(`  ✗ ${problem}\n`);
			}
		},
		close(): void {
			rl.close();
		},
	};
}
