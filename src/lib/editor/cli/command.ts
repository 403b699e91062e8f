import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLang } from '../../../i18n/locales';
import { editorMessages, type EditorMessages } from '../../../i18n/messages/index';
import { editorLang, type EditorLang } from '../editorLang';

type Options = NonNullable<ParseArgsConfig['options']>;
/** The values of flags declared as `options`: a string, or a boolean for a switch. */
export type Flags<O> = { [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string };

/** Flags every editor command takes. */
export const COMMON_FLAGS = {
	help: { type: 'boolean', short: 'h' },
	lang: { type: 'string' },
	dir: { type: 'string' },
} as const;

/** What a command was asked to do: its flags and the messages in its language. */
export interface Command<O> {
	flags: Flags<O & typeof COMMON_FLAGS>;
	m: EditorMessages;
	lang: EditorLang;
}

/**
 * Reads an editor command's flags: the language of its messages (`--lang`, else the locale),
 * `--help` (prints `usage`, status 0), and a flag it does not know, a flag without its value, a
 * word that is no flag or a `--lang` that is no language (a message, status 2, not a stack
 * trace). Returns the flags and messages, or the exit status when the command is already done.
 */
export function readCommand<O extends Options>(
	argv: string[],
	options: O,
	usage: keyof EditorMessages['usage'],
): Command<O> | { status: number } {
	const all = { ...options, ...COMMON_FLAGS };
	const langAt = argv.indexOf('--lang');
	const given =
		langAt >= 0 ? argv[langAt + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
	const lang = editorLang(given);
	const m = editorMessages(lang);
	const fail = (detail: string) => {
		console.error(`✗ ${detail}\n\n${m.usage[usage]}`);
		return { status: 2 };
	};
	let values: Flags<O & typeof COMMON_FLAGS>;
	try {
		values = parseArgs({ args: argv, options: all, strict: true, allowPositionals: false }).values;
	} catch (error) {
		const code = (error as { code?: string }).code;
		const flag = /'(-[^' ]+)/.exec((error as Error).message)?.[1] ?? '';
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
			const known = Object.keys(all)
				.map((k) => `--${k}`)
				.join(', ');
			return fail(m.unknownFlag(flag, known));
		}
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return fail(m.flagNeedsValue(flag));
		const word = argv.find((a, i) => !a.startsWith('-') && !argv[i - 1]?.startsWith('--'));
		return fail(m.notAnOption(word ?? argv.join(' ')));
	}
	const common = values as Flags<typeof COMMON_FLAGS>;
	if (common.lang !== undefined && !isLang(common.lang)) return fail(m.langUnknown(common.lang));
	if (common.help) {
		console.log(m.usage[usage]);
		return { status: 0 };
	}
	return { flags: values, m, lang };
}
