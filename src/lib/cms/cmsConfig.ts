import { useTranslations } from '../../i18n/t';
import {
	editionSchema,
	ENTRY_KINDS,
	entrySchema,
	PRECISIONS,
	quoteSchema,
	sourceSchema,
	STORY_STATUSES,
} from '../story/storySchema';
import { isValidTimeZone } from '../time/isValidTimeZone';
import { zoneLabel } from '../time/zoneLabel';
import { EDITION_KEY } from './storyFile';

/** Where the web editor reads and writes: on the dev server (local files) or on GitHub. */
export type EditorBackend =
	| { kind: 'local'; url: string; folder: string }
	| { kind: 'github'; repo: string; branch: string; baseUrl?: string | undefined; folder: string };

/** What the page hands to the editor's script. */
export interface EditorSettings {
	backend: EditorBackend;
	/** The site's base path, e.g. `/` or `/outages/`. */
	base: string;
}

/** A zone an editor can pick. */
export interface ZoneOption {
	label: string;
	value: string;
}

/** A Decap CMS field (the part of its config this site uses). */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	hint?: string;
	required?: boolean;
	default?: unknown;
	options?: { label: string; value: string }[];
	fields?: CmsField[];
	collapsed?: boolean;
	summary?: string;
	label_singular?: string;
	[more: string]: unknown;
}

/** The name of the custom widget that shows what a typed time means (src/scripts/webEditor.ts). */
export const TIME_WIDGET = 'event-time';

const bn = useTranslations('bn');
const en = useTranslations('en');
/** A label in Bengali first, English beside, e.g. `শিরোনাম · Title`. */
const both = (b: string, e: string) => `${b} · ${e}`;

/** Zones offered first: the two the newsroom writes in most, and UTC. */
const FIRST_ZONES = ['Asia/Dhaka', 'Asia/Kolkata', 'UTC', 'America/New_York'];

/**
 * The zones an editor can pick, searchable by name: IANA names with the zone's Bengali and English
 * name where the site has one (`zoneLabel`), else its offset, e.g. `Asia/Kolkata · ভারতীয় সময় · IST`.
 */
export function zoneOptions(
	names: readonly string[] = Intl.supportedValuesOf('timeZone'),
	at = new Date(),
): ZoneOption[] {
	const zones = [...new Set([...FIRST_ZONES, ...names])].filter(isValidTimeZone);
	return zones.map((zone) => {
		const b = zoneLabel(zone, 'bn', at);
		const e = zoneLabel(zone, 'en', at);
		return { value: zone, label: zone === e ? zone : `${zone} · ${b} · ${e}` };
	});
}

const enumOptions = (values: readonly string[], label: (v: string) => string) =>
	values.map((value) => ({ value, label: label(value) }));

const bilingualText = (name: string, b: string, e: string, required = true): CmsField => ({
	name,
	label: both(b, e),
	widget: 'object',
	required,
	fields: [
		{ name: 'bn', label: 'বাংলা · Bengali', widget: 'text', required },
		{ name: 'en', label: 'ইংরেজি · English', widget: 'text', required },
	],
});

/** How each field of a source is edited, by the schema's key. */
const SOURCE_FIELDS: Record<keyof typeof sourceSchema.shape, CmsField> = {
	name: {
		name: 'name',
		label: both('নাম', 'Name'),
		widget: 'string',
		hint: both('প্রকাশনা, সাইট বা ব্যক্তি', 'the publication, site or person, e.g. topicsbox.com'),
	},
	url: { name: 'url', label: both('লিংক', 'Link'), widget: 'string', required: false },
	detail: {
		name: 'detail',
		label: both('বিবরণ', 'Detail'),
		widget: 'string',
		required: false,
		hint: both('তারিখ বা শিরোনাম', 'the date or title that identifies the piece, e.g. 2024-03-06'),
	},
};

const QUOTE_FIELDS: Record<keyof typeof quoteSchema.shape, CmsField> = {
	author: { name: 'author', label: both('লেখক', 'Author'), widget: 'string' },
	handle: {
		name: 'handle',
		label: both('হ্যান্ডল', 'Handle'),
		widget: 'string',
		required: false,
		hint: 'e.g. @andymstone',
	},
	platform: {
		name: 'platform',
		label: both('প্ল্যাটফর্ম', 'Platform'),
		widget: 'string',
		required: false,
		hint: both('না লিখলে X', 'X unless you write another'),
	},
	url: { name: 'url', label: both('পোস্টের লিংক', 'Post link'), widget: 'string', required: false },
	lang: {
		name: 'lang',
		label: both('ভাষা', 'Language'),
		widget: 'select',
		options: [
			{ value: 'bn', label: 'বাংলা · Bengali' },
			{ value: 'en', label: 'ইংরেজি · English' },
		],
	},
	text: { name: 'text', label: both('উদ্ধৃতি', 'Quoted words'), widget: 'text' },
	dateline: {
		name: 'dateline',
		label: both('পোস্টের তারিখ', 'Dateline'),
		widget: 'string',
		required: false,
		hint: both('পোস্টে যেমন লেখা', 'as the post shows it, e.g. March 5, 2024'),
	},
	translation: {
		...bilingualText('translation', 'অনুবাদ', 'Translation', false),
		collapsed: true,
	},
};

/**
 * How each field of a timeline entry is edited, by the schema's key; `null` for a field the web
 * editor keeps as written but does not offer (edited in the file or with the CLIs).
 */
function entryFields(zones: ZoneOption[]): Record<keyof typeof entrySchema.shape, CmsField | null> {
	return {
		id: {
			name: 'id',
			label: both('আইডি', 'Id'),
			widget: 'string',
			hint: both(
				'ছোট হাতের ইংরেজি অক্ষর, অঙ্ক ও ড্যাশ',
				'lowercase letters, digits and dashes, e.g. stone-first-statement',
			),
		},
		time: {
			name: 'time',
			label: both('সময়', 'Time'),
			widget: TIME_WIDGET,
			hint: both(
				'উৎস যেমন দিয়েছে, এই ঘটনার সময় অঞ্চলের স্থানীয় সময়: ২০২৪-০৩-০৫ ২১:০০',
				'local time in the entry’s zone as the source gave it, e.g. 2024-03-05 21:00, or 2024-03-05T15:30:00Z',
			),
		},
		zone: {
			name: 'zone',
			label: both('সময় অঞ্চল', 'Time zone'),
			widget: 'select',
			required: false,
			options: zones,
			hint: both(
				'গল্পের সময় অঞ্চল থেকে আলাদা হলে তবেই',
				'only when it differs from the story’s zone',
			),
		},
		precision: {
			name: 'precision',
			label: both('নির্ভুলতা', 'Precision'),
			widget: 'select',
			options: enumOptions(
				PRECISIONS,
				(p) =>
					({
						exact: 'ঠিক এই সময় · exact',
						approximate: 'আনুমানিক (নাগাদ) · approximate',
						day: 'শুধু তারিখ · day',
					})[p] ?? p,
			),
		},
		kind: {
			name: 'kind',
			label: both('ধরন', 'Kind'),
			widget: 'select',
			options: enumOptions(ENTRY_KINDS, (k) =>
				both(bn(`kind.${k}` as never), `${en(`kind.${k}` as never)} (${k})`),
			),
		},
		key: {
			name: 'key',
			label: both('মূল ঘটনা', 'Key moment'),
			widget: 'boolean',
			required: false,
			default: false,
		},
		text: bilingualText('text', 'বিবরণ', 'Text'),
		sources: {
			name: 'sources',
			label: both('সূত্র', 'Sources'),
			label_singular: both('সূত্র', 'source'),
			widget: 'list',
			summary: '{{fields.name}}',
			fields: Object.values(SOURCE_FIELDS),
		},
		quote: {
			name: 'quote',
			label: both('উদ্ধৃত পোস্ট', 'Quoted post'),
			widget: 'object',
			required: false,
			collapsed: true,
			fields: Object.values(QUOTE_FIELDS),
		},
		otherTimes: null,
		updated: null,
		correction: null,
	};
}

/**
 * How each field of an edition is edited, by the schema's key; `null` for one the web editor keeps
 * as written but does not offer.
 */
function editionFields(zones: ZoneOption[]): Record<string, CmsField | null> {
	const entries = entryFields(zones);
	return {
		title: { name: 'title', label: both('শিরোনাম', 'Title'), widget: 'string' },
		description: {
			name: 'description',
			label: both('সারাংশ', 'Description'),
			widget: 'text',
			hint: both('এক বাক্যে', 'one sentence'),
		},
		translationOf: null,
		translationPending: null,
		draft: null,
		zone: {
			name: 'zone',
			label: both('গল্পের সময় অঞ্চল', 'Story’s time zone'),
			widget: 'select',
			options: zones,
			hint: both('যেমন Asia/Dhaka বা Asia/Kolkata', 'e.g. Asia/Dhaka or Asia/Kolkata'),
		},
		timeline: {
			name: 'timeline',
			label: both('সময়রেখা', 'Timeline'),
			label_singular: both('ঘটনা', 'entry'),
			widget: 'list',
			collapsed: true,
			summary: '{{fields.time}} · {{fields.kind}} · {{fields.text.bn}}',
			hint: both(
				'নতুন ঘটনা সময় অনুযায়ী নিজের জায়গায় বসবে',
				'a new entry is saved in its place in time order',
			),
			fields: Object.values(entries).filter((f): f is CmsField => f !== null),
		},
		services: null,
		status: {
			name: 'status',
			label: both('অবস্থা', 'Status'),
			widget: 'select',
			required: false,
			options: enumOptions(STORY_STATUSES, (s) =>
				both(bn(`status.story.${s}` as never), `${en(`status.story.${s}` as never)} (${s})`),
			),
		},
		published: null,
		updated: null,
		byline: null,
		spans: null,
	};
}

/** The schema's keys each table covers, for the drift test and for a loud failure at load. */
export function fieldCoverage(): { schema: string[]; covered: string[] }[] {
	const zones = zoneOptions(['UTC']);
	const edition = (editionSchema as unknown as { in: { shape: Record<string, unknown> } }).in.shape;
	return [
		{ schema: Object.keys(edition), covered: Object.keys(editionFields(zones)) },
		{ schema: Object.keys(entrySchema.shape), covered: Object.keys(entryFields(zones)) },
		{ schema: Object.keys(sourceSchema.shape), covered: Object.keys(SOURCE_FIELDS) },
		{ schema: Object.keys(quoteSchema.shape), covered: Object.keys(QUOTE_FIELDS) },
	];
}

/**
 * The web editor's Decap CMS configuration, made from the story schema: one collection of story
 * editions (the original edition of each story, which carries the timeline), its fields labelled in
 * Bengali first and English beside. Locally it writes to the working tree through the dev server;
 * in production to GitHub, each change a branch and a pull request (editorial workflow).
 */
export function cmsConfig(
	settings: EditorSettings,
	zones = zoneOptions(),
): Record<string, unknown> {
	for (const { schema, covered } of fieldCoverage()) {
		const missing = schema.filter((k) => !covered.includes(k));
		if (missing.length)
			throw new Error(`the web editor does not know the story field(s) ${missing.join(', ')}`);
	}
	const { backend } = settings;
	const fields = Object.values(editionFields(zones)).filter((f): f is CmsField => f !== null);
	fields.push({
		name: 'body',
		label: both('মূল লেখা (MDX)', 'Body (MDX)'),
		widget: 'text',
		required: false,
		hint: both('না বদলালে যেমন ছিল তেমনই থাকে', 'kept byte for byte unless you change it'),
	});
	return {
		load_config_file: false,
		locale: 'bn',
		site_url: settings.base,
		...(backend.kind === 'local'
			? {
					backend: { name: 'proxy', proxy_url: backend.url },
				}
			: {
					backend: {
						name: 'github',
						repo: backend.repo,
						branch: backend.branch,
						...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
						commit_messages: {
							update: 'Web editor: {{slug}} ({{author-login}})',
						},
					},
					publish_mode: 'editorial_workflow',
				}),
		media_folder: 'public/media',
		collections: [
			{
				name: 'stories',
				label: both('গল্প', 'Stories'),
				label_singular: both('গল্প', 'story'),
				folder: backend.folder,
				path: '{{slug}}/bn',
				extension: 'mdx',
				format: STORY_FORMAT,
				create: false,
				delete: false,
				// No preview pane: on a phone it halves the form; the dev page is the preview.
				editor: { preview: false },
				filter: { field: EDITION_KEY, value: 'original' },
				identifier_field: 'title',
				summary: '{{title}}',
				fields,
			},
		],
	};
}

/** The name of the file format the web editor registers (src/lib/cms/storyFile.ts). */
export const STORY_FORMAT = 'story-mdx';
