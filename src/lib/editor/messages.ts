import type { EditorLang } from './editorLang';
import { messagesBn } from './messages.bn';
import { messagesEn } from './messages.en';
import type { EditorMessages } from './messageCatalog';

export type { EditorMessages };

/** The messages in `lang`, e.g. `editorMessages('bn').answerNeeded`. */
export function editorMessages(lang: EditorLang): EditorMessages {
	return lang === 'bn' ? messagesBn : messagesEn;
}
