import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { ContentProblem } from './formatContentErrors';
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
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } };
	children?: MdxNode[];
	data?: { estree?: { body?: unknown[] } };
}

// Elements that run or load something: the CSP would block most, but a story must never rely on it.
const UNSAFE_TAGS = new Set([
	'script',
	'iframe',
	'object',
	'embed',
	'style',
	'link',
	'meta',
	'base',
	'form',
]);
// Links a reader may follow: the web, e-mail, and places on the page or site.
const SAFE_LINK = /^(?:https?:\/\/|mailto:|#|\/(?!\/)|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;
// Code that reads the machine that builds the site.
const READS_ENVIRONMENT = /\b(?:process|import\.meta|env|globalThis|require|Deno|Bun)\b/;

/**
 * Reads a story's MDX text the way the build does (@mdx-js/mdx with remark-gfm) and reports, with
 * its line, what would break the build or put something other than the story on the page:
 * expressions, imports, scripts, event handlers, unsafe links and unknown components, e.g.
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
			case 'link':
			case 'image':
			case 'definition':
				if (node.url !== undefined && !SAFE_LINK.test(node.url.trim()))
					add(line, messagesEn.bodyLink(node.url), messagesBn.bodyLink(node.url));
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node, line);
				break;
		}
		node.children?.forEach(visit);
	};
	const checkElement = (node: MdxNode, line: number | undefined) => {
		const name = node.name ?? '';
		if (!name) return;
		if (/^[A-Z]/.test(name) || name.includes('.')) {
			if (!(STORY_COMPONENTS as readonly string[]).includes(name)) {
				add(
					line,
					messagesEn.bodyComponent(name, allowed.join(' or ')),
					messagesBn.bodyComponent(name, allowed.join(' বা ')),
				);
			}
		} else if (UNSAFE_TAGS.has(name.toLowerCase())) {
			add(line, messagesEn.bodyTag(name), messagesBn.bodyTag(name));
		}
		if (name === 'Timeline') hasTimeline = true;
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
			if (/^on/i.test(attr)) {
				add(line, messagesEn.bodyEventHandler(name, attr), messagesBn.bodyEventHandler(name, attr));
			} else if (attribute.value !== null && typeof attribute.value === 'object') {
				add(
					line,
					messagesEn.bodyAttributeExpression(name, attr),
					messagesBn.bodyAttributeExpression(name, attr),
				);
			} else if (
				/^(?:href|src|action|formaction|xlink:href|srcset|poster|data)$/i.test(attr) &&
				typeof attribute.value === 'string' &&
				!SAFE_LINK.test(attribute.value.trim())
			) {
				add(line, messagesEn.bodyLink(attribute.value), messagesBn.bodyLink(attribute.value));
			}
		}
		if (name === 'PostQuote') {
			const entry = node.attributes?.find((a) => a.name === 'entry')?.value;
			if (typeof entry === 'string') quotes.push({ id: entry, line });
			else if (entry === undefined) {
				add(
					line,
					'<PostQuote /> needs the id of the timeline entry whose quote it shows, in quotes, e.g. <PostQuote entry="stone-resolved" />',
					'<PostQuote />-এ যে এন্ট্রির উদ্ধৃতি দেখাবে তার id উদ্ধৃতিচিহ্নে লিখতে হবে, যেমন <PostQuote entry="stone-resolved" />',
				);
			}
		}
	};
	visit(tree);
	return { problems, quotes, hasTimeline };
}
