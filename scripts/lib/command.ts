import { parseArgs, type ParseArgsConfig } from 'node:util';
import { editorLang, type EditorLang } from '../../src/lib/editor/editorLang';
import { editorMessages, type EditorMessages } from '../../src/i18n/messages/index';

type Options = NonNullable<ParseArgsConfig['options']>;
/** The values of flags declared as `options`: a string, or a boolean for a switch. */
export type Flags<O> = { [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string };

/** Flags every editor command takes. */
export const COMMON_FLAGS = {
	help: { type: 'boolean', short: 'h' },
	lang: { type: 'string' },
	dir: { type: 'string' },
} as const;

/**
 * Reads an editor command's flags: the language of its messages (`--lang`, else the locale),
 * `--help` (prints `usage`, status 0), and an unknown flag (a message, status 2, not a stack
 * trace). Returns the flags and messages, or the exit status when the command is already done.
 */
export function readCommand<O extends Options>(
	argv: string[],
	options: O,
	usage: keyof EditorMessages['usage'],
):
	| { flags: Flags<O & typeof COMMON_FLAGS>; m: EditorMessages; lang: EditorLang }
	| { status: number } {
	const all = { ...options, ...COMMON_FLAGS };
	const langAt = argv.indexOf('--lang');
	const lang = editorLang(
		langAt >= 0 ? argv[langAt + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7),
	);
	const m = editorMessages(lang);
	let values: Flags<O & typeof COMMON_FLAGS>;
	try {
		values = parseArgs({ args: argv, options: all, strict: true, allowPositionals: false }).values;
	} catch (error) {
		const known = Object.keys(all)
			.map((k) => `--${k}`)
			.join(', ');
		const flag = /'(-[^']+)'/.exec((error as Error).message)?.[1] ?? argv.join(' ');
		const detail =
			(error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
				? m.unknownFlag(flag, known)
				: (error as Error).message;
		console.error(`✗ ${detail}\n\n${m.usage[usage]}`);
		return { status: 2 };
	}
	if (values.help) {
		console.log(m.usage[usage]);
		return { status: 0 };
	}
	return { flags: values, m, lang };
}
