import type { Lang } from '../locales';
import { messagesBn } from './bn';
import { messagesEn } from './en';
import type { EditorMessages } from './catalog';

export type { EditorMessages };

/** The messages in `lang`, e.g. `editorMessages('bn').answerNeeded`. */
export function editorMessages(lang: Lang): EditorMessages {
	return lang === 'bn' ? messagesBn : messagesEn;
}
