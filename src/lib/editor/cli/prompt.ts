import { createInterface } from 'node:readline';
import { editorMessages, type EditorMessages } from '../../../i18n/messages/index';

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
	/** Turns what an editor typed into the value to write, e.g. Bengali digits into ASCII ones. */
	normalize?: ((answer: string) => string) | undefined;
	/** An empty answer is allowed (and given back as ''). */
	optional?: boolean | undefined;
}

/**
 * Values that were wrong or missing with no terminal to ask again on: the command stops, writing
 * nothing, after every question was asked, so one run names every mistake.
 */
export class BadFlagError extends Error {
	constructor(
		message: string,
		readonly flags: readonly string[],
	) {
		super(message);
		this.name = 'BadFlagError';
	}
}

/** Whether a person can answer on `input`: a terminal, not a pipe, a file or CI. */
export const isTerminal = (input: NodeJS.ReadableStream) =>
	'isTTY' in input && input.isTTY === true;

/** The questions of one command run, asked on `input`; see `createPrompter`. */
export type Prompter = ReturnType<typeof createPrompter>;

/**
 * Asks questions on the terminal, one line per answer; a line that fails its check is asked
 * again with the reason. Works with typed and with piped answers. It never guesses: once a value
 * was wrong, Enter no longer takes the question's default. With no terminal, a wrong flag or a
 * missing answer is reported and `ask` gives `undefined`; `finish` then stops the command.
 */
export function createPrompter(
	input: NodeJS.ReadableStream = process.stdin,
	m: EditorMessages = editorMessages('en'),
) {
	const rl = createInterface({ input, terminal: false });
	const lines = rl[Symbol.asyncIterator]();
	const terminal = isTerminal(input);
	const failed: string[] = [];
	let closed = false;
	return {
		/** The answer to `q`, or `given` (the flag's value) when that passes the check. */
		async ask(q: Question, given?: string): Promise<string | undefined> {
			let wrong = false;
			if (given !== undefined) {
				if (given === '' && q.optional) return '';
				const value = q.normalize?.(given) ?? given;
				const problem = value === '' ? m.answerNeeded : q.check?.(value);
				if (!problem) return value;
				process.stderr.write(`${m.badFlag(q.flag, given, problem)}\n`);
				if (!terminal) {
					failed.push(q.flag);
					return undefined;
				}
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
					process.stderr.write(`✗ ${m.missingAnswer(q.flag)}\n`);
					failed.push(q.flag);
					return undefined;
				}
				// Piped answers are shown, so the transcript reads like a typed session.
				if (!terminal) process.stdout.write(`${String(next.value)}\n`);
				const typed = String(next.value).trim();
				const answer = (typed && (q.normalize?.(typed) ?? typed)) || offered || '';
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
		/**
		 * The answers, once every one was given and right; else stops the command (a
		 * `BadFlagError` naming every wrong or missing flag), e.g. `finish({ slug, zone })`.
		 */
		finish<T extends Record<string, string | undefined>>(
			answers: T,
		): { [K in keyof T]: Exclude<T[K], undefined> } {
			if (failed.length) throw new BadFlagError(m.noTerminal(failed), failed);
			return answers as { [K in keyof T]: Exclude<T[K], undefined> };
		},
		close(): void {
			rl.close();
		},
	};
}
