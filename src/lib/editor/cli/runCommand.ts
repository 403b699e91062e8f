import type { ParseArgsConfig } from 'node:util';
import type { EditorMessages } from '../../../i18n/messages/index';
import { readCommand, type Command, type COMMON_FLAGS, type Flags } from './command';
import { Refusal } from './refusal';
import { BadFlagError, createPrompter, type Prompter } from './prompt';
import { storiesDir } from './storyFiles';

/** What a command's body gets: its flags, messages, questions and folder of stories. */
export type CommandRun<O> = Command<O> & { prompt: Prompter; dir: string };

/**
 * Runs an editor command: reads its flags (`readCommand`), gives the body a prompter on `input`,
 * and ends every run the same way: a refusal or wrong answers print their message (status 1),
 * anything else prints a plain line in the editor's language before the details (status 1).
 */
export async function runCommand<O extends NonNullable<ParseArgsConfig['options']>>(
	argv: string[],
	input: NodeJS.ReadableStream,
	options: O,
	usage: keyof EditorMessages['usage'],
	body: (run: CommandRun<O>) => Promise<number>,
): Promise<number> {
	const command = readCommand(argv, options, usage);
	if ('status' in command) return command.status;
	const { m } = command;
	const prompt = createPrompter(input, m);
	try {
		return await body({
			...command,
			prompt,
			dir: storiesDir((command.flags as Flags<typeof COMMON_FLAGS>).dir),
		});
	} catch (error) {
		if (error instanceof BadFlagError) console.error(`✗ ${error.message}`);
		else if (error instanceof Refusal) console.error(error.message);
		else {
			console.error(m.crashed(error instanceof Error ? error.message : String(error)));
			console.error(error instanceof Error ? (error.stack ?? '') : '');
		}
		return 1;
	} finally {
		prompt.close();
	}
}
