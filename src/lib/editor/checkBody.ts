import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { ContentProblem } from '../story/formatContentErrors';
import { findUnsafeCharacter } from './unsafeCharacters';
import { messagesBn } from '../../i18n/messages/bn';
import { messagesEn } from '../../i18n/messages/en';

/** Components a story's text may use; the story page passes exactly these to the MDX. */
export const STORY_COMPONENTS = ['Timeline', 'PostQuote'] as const;

/** What the checks of a story's text found. */
export interface BodyReport {
	problems: ContentProblem[];
	/** Each `<PostQuote entry="…">`, to check that the entry exists and has a quote. */
	quotes: { id: string; line: number | undefined }[];
	/** Whether the text shows the timeline (`<Timeline />`). */
	hasTimeline: boolean;
}

interface MdxNode {
	type: string;
	name?: string | null;
	value?: unknown;
	url?: string;
	identifier?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } };
	children?: MdxNode[];
	data?: { estree?: { body?: unknown[] } };
}

// Elements that run something or send the reader's data elsewhere: the CSP would block most,
// but a story must never rely on it.
const UNSAFE_TAGS = new Set(['script', 'form']);
// Elements that load something from elsewhere onto the page (a picture, a sound, another site, a
// stylesheet), or change where the page's links go; each with what to write instead. A story
// loads nothing from elsewhere: a reader's page makes no request to a third party.
const LOADING_TAGS = new Map<string, keyof typeof TAG_MESSAGE>([
	...['img', 'picture', 'source', 'track', 'audio', 'video', 'image', 'feimage', 'bgsound'].map(
		(tag) => [tag, 'media'] as const,
	),
	...[
		'iframe',
		'object',
		'embed',
		'frame',
		'frameset',
		'noframes',
		'applet',
		'portal',
		'fencedframe',
	].map((tag) => [tag, 'frame'] as const),
	...['style', 'link'].map((tag) => [tag, 'style'] as const),
	...['base', 'meta'].map((tag) => [tag, 'head'] as const),
]);
const TAG_MESSAGE = {
	media: [messagesEn.bodyMedia, messagesBn.bodyMedia],
	frame: [messagesEn.bodyFrame, messagesBn.bodyFrame],
	style: [messagesEn.bodyStyleTag, messagesBn.bodyStyleTag],
	head: [messagesEn.bodyHeadTag, messagesBn.bodyHeadTag],
} as const;
// Attributes that load a file wherever they appear (`data` is <object>'s; `data-*` are not).
const LOADING_ATTRIBUTES =
	/^(?:src|srcset|imagesrcset|poster|data|background|lowsrc|dynsrc|ping|longdesc|codebase|archive|manifest)$/i;
// Link attributes: a place the reader may go, on <a> and <area> only. On any other element (an
// SVG <use>, <image>, <feImage>, a gradient, a MathML element) they load or copy something.
const LINK_ATTRIBUTE = /^(?:href|xlink:href)$/i;
// SVG animation elements: with attributeName="href" they rewrite a link's address after the check.
const ANIMATION_TAGS = new Set([
	'animate',
	'set',
	'animatemotion',
	'animatetransform',
	'animatecolor',
]);
// A CSS url() in an attribute (an SVG fill, filter, mask, clip-path, marker): anything but a
// reference to a place on the page (`url(#gradient)`) loads a file. Text attributes only show it.
const CSS_URL = /url\s*\(\s*['"]?\s*(?!#)/i;
const TEXT_ATTRIBUTE = /^(?:title|alt|lang|dir|id|class|aria-[\w-]+|data-[\w-]+)$/i;
// Links a reader may follow: the web, e-mail, and places on the page or site.
const SAFE_LINK = /^(?:https?:\/\/|mailto:|#|\/(?!\/)|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;
// Code that reads the machine that builds the site.
const READS_ENVIRONMENT = /\b(?:process|import\.meta|env|globalThis|require|Deno|Bun)\b/;

/**
 * Reads a story's MDX text the way the build does (@mdx-js/mdx with remark-gfm) and reports, with
 * its line, what would break the build or put something other than the story on the page:
 * expressions, imports, scripts, event handlers, unsafe links, unknown components, markup that
 * loads something from elsewhere or restyles the page (pictures, media, frames, SVG references,
 * `style`), an animation that rewrites a link, and a second `<Timeline />`, e.g.
 * `{process.env.HOME}` → "would print a setting of the computer that builds the site".
 * `body` keeps the file's line numbers (the frontmatter blanked out).
 */
export async function checkBody(body: string, file: string): Promise<BodyReport> {
	const problems: ContentProblem[] = [];
	const add = (line: number | undefined, en: string, bn: string) =>
		problems.push({ file, line, message: en, bn });
	const lines = body.split('\n');
	for (const [i, text] of lines.entries()) {
		const unsafe = findUnsafeCharacter(text);
		if (!unsafe) continue;
		const where = 'The text';
		if (unsafe.kind === 'control')
			add(
				i + 1,
				messagesEn.controlChar(where, unsafe.code),
				messagesBn.controlChar('লেখা', unsafe.code),
			);
		else add(i + 1, messagesEn.bidiUnbalanced(where), messagesBn.bidiUnbalanced('লেখা'));
	}
	const processor = createProcessor({ remarkPlugins: [remarkGfm] });
	let tree: MdxNode;
	try {
		tree = processor.parse(body) as MdxNode;
		await processor.run(tree as never);
	} catch (error) {
		const e = error as { reason?: string; message?: string; line?: number };
		const text = e.reason ?? e.message ?? String(error);
		// Some MDX errors carry their place only in the text, e.g. "… (5:1-5:16)".
		const place = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(text);
		const reason = text.replace(/\s*\(\d+:\d+(-\d+:\d+)?\)/, '');
		add(
			e.line ?? (place ? Number(place[1]) : undefined),
			messagesEn.bodyParse(reason),
			messagesBn.bodyParse(reason),
		);
		return { problems, quotes: [], hasTimeline: true };
	}
	const quotes: BodyReport['quotes'] = [];
	let hasTimeline = false;
	const definitions = new Map<string, string>();
	const collect = (node: MdxNode) => {
		if (node.type === 'definition' && node.url !== undefined)
			definitions.set(String(node.identifier ?? '').toLowerCase(), node.url);
		node.children?.forEach(collect);
	};
	collect(tree);
	const allowed = STORY_COMPONENTS.map((c) => `<${c} />`);
	const visit = (node: MdxNode) => {
		const line = node.position?.start.line;
		switch (node.type) {
			case 'mdxjsEsm':
				add(line, messagesEn.bodyImport, messagesBn.bodyImport);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression': {
				// `{/* a note */}` is a comment: it holds no code.
				if (node.data?.estree?.body?.length === 0) break;
				const code = String(node.value).trim();
				const shown = code.length > 40 ? `${code.slice(0, 37)}…` : code;
				if (READS_ENVIRONMENT.test(code))
					add(line, messagesEn.bodyEnv(shown), messagesBn.bodyEnv(shown));
				else add(line, messagesEn.bodyExpression(shown), messagesBn.bodyExpression(shown));
				break;
			}
			case 'image':
				add(line, messagesEn.bodyImage(node.url ?? ''), messagesBn.bodyImage(node.url ?? ''));
				break;
			case 'imageReference': {
				// `![alt][ref]`: the picture's address is in the definition `[ref]: …`.
				const url = definitions.get(String(node.identifier ?? '').toLowerCase()) ?? '';
				add(line, messagesEn.bodyImage(url), messagesBn.bodyImage(url));
				break;
			}
			case 'link':
			case 'definition':
				if (node.url !== undefined && !SAFE_LINK.test(node.url.trim()))
					add(line, messagesEn.bodyLink(node.url), messagesBn.bodyLink(node.url));
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				// An element refused as a whole goes with what it holds: one message, not one a child.
				if (!checkElement(node, line)) return;
				break;
		}
		node.children?.forEach(visit);
	};
	let timelineLine: number | undefined;
	/** Checks one element; false when the whole element is refused. */
	const checkElement = (node: MdxNode, line: number | undefined): boolean => {
		const name = node.name ?? '';
		if (!name) return true;
		// An element's own name, without a namespace (`svg:image` is an <image> too).
		const local = (name.split(':').pop() ?? name).toLowerCase();
		if (/^[A-Z]/.test(name) || name.includes('.')) {
			if (!(STORY_COMPONENTS as readonly string[]).includes(name)) {
				add(
					line,
					messagesEn.bodyComponent(name, allowed.join(' or ')),
					messagesBn.bodyComponent(name, allowed.join(' বা ')),
				);
			}
		} else if (UNSAFE_TAGS.has(local)) {
			add(line, messagesEn.bodyTag(name), messagesBn.bodyTag(name));
			return false;
		} else if (LOADING_TAGS.has(local)) {
			const [en, bn] = TAG_MESSAGE[LOADING_TAGS.get(local)!];
			add(line, en(name), bn(name));
			// The element goes as a whole: its attributes need no message of their own.
			return false;
		}
		if (name === 'Timeline') {
			if (hasTimeline)
				add(
					line,
					messagesEn.bodyTimelineTwice(timelineLine),
					messagesBn.bodyTimelineTwice(timelineLine),
				);
			hasTimeline = true;
			timelineLine ??= line;
		}
		const isLink = local === 'a' || local === 'area';
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'mdxJsxAttribute') {
				add(
					line,
					messagesEn.bodyAttributeExpression(name, '{…}'),
					messagesBn.bodyAttributeExpression(name, '{…}'),
				);
				continue;
			}
			const attr = attribute.name ?? '';
			const value = typeof attribute.value === 'string' ? attribute.value : undefined;
			if (/^on/i.test(attr)) {
				add(line, messagesEn.bodyEventHandler(name, attr), messagesBn.bodyEventHandler(name, attr));
			} else if (attribute.value !== null && typeof attribute.value === 'object') {
				add(
					line,
					messagesEn.bodyAttributeExpression(name, attr),
					messagesBn.bodyAttributeExpression(name, attr),
				);
			} else if (/^style$/i.test(attr)) {
				add(line, messagesEn.bodyStyleAttribute(name), messagesBn.bodyStyleAttribute(name));
			} else if (LOADING_ATTRIBUTES.test(attr)) {
				add(
					line,
					messagesEn.bodyLoadAttribute(name, `${attr}=`),
					messagesBn.bodyLoadAttribute(name, `${attr}=`),
				);
			} else if (LINK_ATTRIBUTE.test(attr) && !isLink) {
				add(line, messagesEn.bodySvgReference(name, attr), messagesBn.bodySvgReference(name, attr));
			} else if (
				/^attributename$/i.test(attr) &&
				ANIMATION_TAGS.has(local) &&
				value !== undefined &&
				LINK_ATTRIBUTE.test(value.trim())
			) {
				add(
					line,
					messagesEn.bodyAnimateLink(name, value.trim()),
					messagesBn.bodyAnimateLink(name, value.trim()),
				);
			} else if (value !== undefined && !TEXT_ATTRIBUTE.test(attr) && CSS_URL.test(value)) {
				add(
					line,
					messagesEn.bodyLoadAttribute(name, `url() in ${attr}=`),
					messagesBn.bodyLoadAttribute(name, `${attr}=-এর url()`),
				);
			} else if (
				/^(?:href|xlink:href|action|formaction)$/i.test(attr) &&
				value !== undefined &&
				!SAFE_LINK.test(value.trim())
			) {
				add(line, messagesEn.bodyLink(value), messagesBn.bodyLink(value));
			}
		}
		if (name === 'PostQuote') {
			const entry = node.attributes?.find((a) => a.name === 'entry')?.value;
			if (typeof entry === 'string') quotes.push({ id: entry, line });
			else if (entry === undefined)
				add(line, messagesEn.bodyQuoteNoEntry, messagesBn.bodyQuoteNoEntry);
		}
		return true;
	};
	visit(tree);
	return { problems, quotes, hasTimeline };
}
