import type { Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';

/** Who publishes the site and where readers ask for a correction: the newsroom's settings. */
export interface Newsroom {
	/** The newsroom's name in each language, e.g. `{ bn: 'প্রথম আলো', en: 'Prothom Alo' }`. */
	name?: { bn: string; en: string } | undefined;
	/** Where to ask for a correction: an e-mail address (`mailto:`) or a web page. */
	contact?: { href: string; text: string } | undefined;
}

/** The settings the footer reads, from the environment of the build (README, "Settings"). */
export const NEWSROOM_ENV = [
	'NEWSROOM_NAME',
	'NEWSROOM_NAME_BN',
	'NEWSROOM_NAME_EN',
	'NEWSROOM_CONTACT',
] as const;

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/**
 * The newsroom as its settings give it; nothing is filled in for a setting left unset, e.g.
 * `newsroomFromEnv({ NEWSROOM_NAME: 'Dhaka Desk', NEWSROOM_CONTACT: 'corrections@example.org' })`.
 * Throws, naming the setting, for a contact that is neither an e-mail address nor an https URL.
 */
export function newsroomFromEnv(env: Record<string, string | undefined>): Newsroom {
	const value = (key: (typeof NEWSROOM_ENV)[number]) => env[key]?.trim() || undefined;
	const both = value('NEWSROOM_NAME');
	const bn = value('NEWSROOM_NAME_BN') ?? both;
	const en = value('NEWSROOM_NAME_EN') ?? both;
	const contact = value('NEWSROOM_CONTACT');
	return {
		name: bn || en ? { bn: (bn ?? en)!, en: (en ?? bn)! } : undefined,
		contact: contact === undefined ? undefined : contactLink(contact),
	};
}

function contactLink(contact: string): Newsroom['contact'] {
	const address = contact.replace(/^mailto:/i, '');
	if (EMAIL.test(address)) return { href: `mailto:${address}`, text: address };
	if (/^https:\/\/[^\s]+$/i.test(contact)) {
		return { href: contact, text: contact.replace(/^https:\/\//i, '').replace(/\/$/, '') };
	}
	throw new Error(
		`NEWSROOM_CONTACT "${contact}" is neither an e-mail address nor an https:// address; give where readers can ask for a correction, e.g. NEWSROOM_CONTACT=corrections@example.org`,
	);
}

/** What the footer says to a reader, in `lang`. */
export interface SiteFooterView {
	/** e.g. "Somoyrekha is published by Dhaka Desk."; absent when no name is set. */
	publisher?: string | undefined;
	/** How to ask for a correction; absent when no contact is set. */
	correction?: { text: string; href: string; label: string } | undefined;
}

/**
 * The footer's words for a reader of `lang`: who publishes and how to ask for a correction, only
 * as far as the settings say (an unset setting says nothing), e.g.
 * `siteFooter({ name: { bn: 'ঢাকা ডেস্ক', en: 'Dhaka Desk' } }, 'en').publisher` →
 * `'Somoyrekha is published by Dhaka Desk.'`.
 */
export function siteFooter(newsroom: Newsroom, lang: Lang): SiteFooterView {
	const t = useTranslations(lang);
	return {
		publisher: newsroom.name && t('footer.publisher', { name: newsroom.name[lang] }),
		correction: newsroom.contact && {
			text: t('footer.correction'),
			href: newsroom.contact.href,
			label: newsroom.contact.text,
		},
	};
}
