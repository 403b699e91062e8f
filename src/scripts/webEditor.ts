/**
 * The web editor at /admin/ (docs/EDITOR.md): loads Decap CMS (served from the site, never a
 * CDN), registers the story file format, the time field that shows what a typed time means, and a
 * pre-save check that refuses what `npm run check:content` refuses; then starts the CMS with the
 * configuration made from the story schema.
 */
import { checkStoryData } from '../lib/cms/checkStoryData';
import { cmsConfig, STORY_FORMAT, TIME_WIDGET, type EditorSettings } from '../lib/cms/cmsConfig';
import { readStoryFile, writeStoryFile } from '../lib/cms/storyFile';
import { readTimeInput, type TimeInputReading } from '../lib/cms/timeInput';

/** The few parts of Immutable.js and Decap CMS this script uses. */
interface Immutable {
	toJS(): unknown;
	get(key: string): unknown;
	getIn(path: string[]): unknown;
}
interface ControlProps {
	value?: string;
	entry: Immutable;
	forID: string;
	classNameWrapper: string;
	onChange: (value: string) => void;
}
type H = (tag: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface Cms {
	registerCustomFormat(
		name: string,
		extension: string,
		formatter: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string },
	): void;
	registerWidget(name: string, control: unknown, preview?: unknown): void;
	registerEventListener(listener: {
		name: string;
		handler(event: { entry: Immutable }): unknown;
	}): void;
	init(options: { config: Record<string, unknown> }): void;
}
declare global {
	interface Window {
		CMS_MANUAL_INIT?: boolean;
		CMS?: Cms;
		h?: H;
		createClass?: (spec: Record<string, unknown>) => unknown;
	}
}

const root = document.getElementById('web-editor')!;
const settings = JSON.parse(root.dataset.settings!) as EditorSettings;

/** Every timeline entry whose time is `value`: the field's own entry is one of them. */
function readingsFor(entry: Immutable, value: string): TimeInputReading[] {
	const data = (entry.get('data') as Immutable).toJS() as { zone?: unknown; timeline?: unknown };
	const timeline = Array.isArray(data.timeline) ? (data.timeline as { time?: unknown }[]) : [];
	return timeline.flatMap((item, index) =>
		item.time === value ? [readTimeInput(data, index)] : [],
	);
}

function timeControl(h: H, createClass: NonNullable<Window['createClass']>) {
	return createClass({
		isValid(this: { props: ControlProps }) {
			const value = this.props.value ?? '';
			const errors = readingsFor(this.props.entry, value).flatMap((r) => r.errors);
			if (!errors.length) return true;
			return { error: { message: errors.map((e) => `${e.bn} · ${e.en}`).join('\n') } };
		},
		render(this: { props: ControlProps }) {
			const { value = '', entry, forID, classNameWrapper, onChange } = this.props;
			const [reading] = readingsFor(entry, value);
			const lines: unknown[] = [];
			if (reading?.meaning) {
				lines.push(h('p', { lang: 'bn', className: 'meaning' }, `= ${reading.meaning.bn}`));
				lines.push(h('p', { lang: 'en', className: 'meaning' }, `= ${reading.meaning.en}`));
			}
			for (const [kind, list] of [
				['error', reading?.errors ?? []],
				['warning', reading?.warnings ?? []],
			] as const) {
				for (const m of list) {
					lines.push(h('p', { className: kind, lang: 'bn' }, m.bn));
					lines.push(h('p', { className: kind, lang: 'en' }, m.en));
				}
			}
			return h(
				'div',
				{ className: 'event-time' },
				h('input', {
					id: forID,
					type: 'text',
					className: classNameWrapper,
					value,
					placeholder: '2024-03-05 21:00',
					autoComplete: 'off',
					spellCheck: false,
					'aria-describedby': `${forID}-meaning`,
					onChange: (event: Event) => onChange((event.target as HTMLInputElement).value),
				}),
				h(
					'output',
					{
						id: `${forID}-meaning`,
						htmlFor: forID,
						'data-time-meaning': '',
						'aria-live': 'polite',
					},
					...lines,
				),
			);
		},
	});
}

function start(cms: Cms): void {
	const { h, createClass } = window;
	if (!h || !createClass) throw new Error('Decap CMS did not expose h and createClass');
	cms.registerCustomFormat(STORY_FORMAT, 'mdx', {
		fromFile: readStoryFile,
		toFile: writeStoryFile,
	});
	cms.registerWidget(TIME_WIDGET, timeControl(h, createClass));
	cms.registerEventListener({
		name: 'preSave',
		handler: ({ entry }) => {
			const problems = checkStoryData(
				(entry.get('data') as Immutable).toJS() as Record<string, unknown>,
			);
			if (problems.length) {
				throw new Error(
					`সংরক্ষণ করা যায়নি · Not saved:\n${problems.map((p) => `${p.bn}\n${p.en}`).join('\n')}`,
				);
			}
			return undefined;
		},
	});
	cms.init({ config: cmsConfig(settings) });
}

window.CMS_MANUAL_INIT = true;
const script = document.createElement('script');
script.src = `${settings.base}admin/cms/decap-cms.js`;
script.addEventListener('load', () => start(window.CMS!));
document.head.append(script);
