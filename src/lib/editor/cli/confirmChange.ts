import type { EditorMessages } from '../../../i18n/messages/index';
import type { EditorLang } from '../editorLang';
import type { CutEntry } from '../timelineText';
import { isYes } from './answerChecks';
import { isTerminal, type Prompter } from './prompt';
import { Refusal } from './refusal';

/**
 * Shows the entry about to be removed or moved and, unless `--yes` was given, asks to confirm on a
 * terminal (yes or হ্যাঁ); with no terminal and no `--yes`, refuses. Resolves to whether to go on.
 */
export async function confirmChange(o: {
	cut: CutEntry;
	what: 'remove' | 'move';
	ask: string;
	yes: boolean | undefined;
	input: NodeJS.ReadableStream;
	prompt: Prompter;
	m: EditorMessages;
	lang: EditorLang;
}): Promise<boolean> {
	const { cut, m } = o;
	const text = cut.entry.text as Partial<Record<EditorLang, string>> | undefined;
	console.log(
		m.entryShown(cut.position, String(cut.entry.id), String(cut.entry.time), text?.[o.lang] ?? ''),
	);
	if (o.yes) return true;
	if (!isTerminal(o.input)) throw new Refusal(`✗ ${m.needsYes(o.what)}`);
	const answer = await o.prompt.ask({ flag: '--yes', ask: o.ask, optional: true });
	if (answer !== undefined && isYes(answer)) return true;
	console.log(m.notChanged);
	return false;
}
