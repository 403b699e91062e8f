import { createInterface } from 'node:readline';
import { editorMessages, type EditorMessages } from '../../src/i18n/messages/index';

/** One question: what to ask, an optional default, and a check that returns a problem or nothing. */
export interface Question {
	/** Flag that answers it on the command line, e.g. `--time`, named when no answer comes. */
	flag: string;
	ask: string;
	/** Extra lines shown before the question: the format and an example. */
	help?: string | undefined;
	/** Offered in [brackets] and taken on Enter, unless a wrong value was given for this question. */
	default?: string | undefined;
	/** Returns why the answer cannot be used (with an example), or `undefined` when it can. */
	check?: ((answer: string) => string | undefined) | undefined;
	/** An empty answer is allowed (and given back as ''). */
	optional?: boolean | undefined;
}

/** A value that was needed but not given, neither as a flag nor as an answer. */
export class MissingAnswerError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MissingAnswerError';
	}
}

/** A flag with a wrong value and no terminal to ask again on: the command stops, writing nothing. */
export class BadFlagError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BadFlagError';
	}
}

/** Whether a person can answer on `input`: a terminal, not a pipe, a file or CI. */
export const isTerminal = (input: NodeJS.ReadableStream) =>
	'isTTY' in input && input.isTTY === true;

/**
 * Asks questions on the terminal, one line per answer; a line that fails its check is asked
 * again with the reason. Works with typed and with piped answers. It never guesses: a wrong flag
 * with no terminal stops the command, and once a value was wrong, Enter no longer takes the
 * question's default.
 */
export function createPrompter(
	input: NodeJS.ReadableStream = process.stdin,
	m: EditorMessages = editorMessages('en'),
) {
	const rl = createInterface({ input, terminal: false });
	const lines = rl[Symbol.asyncIterator]();
	const terminal = isTerminal(input);
	let closed = false;
	return {
		/** The answer to `q`, or `given` (the flag's value) when that passes the check. */
		async ask(q: Question, given?: string): Promise<string> {
			let wrong = false;
			if (given !== undefined) {
				if (given === '' && q.optional) return '';
				const problem = given === '' ? m.answerNeeded : q.check?.(given);
				if (!problem) return given;
				process.stderr.write(`${m.badFlag(q.flag, given, problem)}\n`);
				if (!terminal) throw new BadFlagError(m.noTerminal(q.flag));
				wrong = true;
				process.stdout.write(`${m.askAgain}\n`);
			}
			if (q.help) process.stdout.write(`\n${q.help}\n`);
			for (;;) {
				const offered = wrong ? undefined : q.default;
				process.stdout.write(`${q.ask}${offered ? ` [${offered}]` : ''}: `);
				const next = closed ? { done: true as const, value: undefined } : await lines.next();
				if (next.done) {
					closed = true;
					process.stdout.write('\n');
					if (offered !== undefined) return offered;
					if (q.optional && !wrong) return '';
					throw new MissingAnswerError(m.missingAnswer(q.flag));
				}
				// Piped answers are shown, so the transcript reads like a typed session.
				if (!terminal) process.stdout.write(`${String(next.value)}\n`);
				const answer = String(next.value).trim() || offered || '';
				if (!answer && q.optional) return '';
				const problem = answer
					? q.check?.(answer)
					: wrong && q.default
						? m.noDefaultAfterMistake
						: m.answerNeeded;
				if (!problem) return answer;
				wrong = true;
				process.stdout.write(`  ✗ ${problem}\n`);
			}
		},
		close(): void {
			rl.close();
		},
	};
}
