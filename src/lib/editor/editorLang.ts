import { isLang, type Lang } from '../../i18n/locales';

/** The language of the editor tools' messages. */
export type EditorLang = Lang;

/**
 * Picks the language of the messages: `--lang bn|en` first, else the locale (`LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`, the order POSIX gives them) starting with `bn`, else English,
 * e.g. `editorLang(undefined, { LANG: 'bn_IN.UTF-8' })` → `'bn'`.
 */
export function editorLang(flag?: string, env: NodeJS.ProcessEnv = process.env): EditorLang {
	if (flag !== undefined && isLang(flag)) return flag;
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^bn(?:[_.@-]|$)/i.test(locale) ? 'bn' : 'en';
}
