import * as csstree from 'css-tree';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';

/** Font weights a page's text is drawn in. */
export type Weight = 400 | 700;

/** A page's visible text, split by the font weight it is drawn in. */
export interface PageText {
	/** The page's language (`<html lang>`), used when shaping. */
	lang: string;
	/** Text nodes drawn at each weight. Text that CSS could draw at either weight is in both. */
	byWeight: Record<Weight, string[]>;
	/** Every visible text node once, in document order. */
	all: string[];
	/** The weights the elements matching `pageText`'s `rewritten` selector are drawn at. */
	rewrittenWeights: Set<Weight>;
	/**
	 * Text a script can write after load, at these weights, in lists many pages share (the same
	 * array each time: a font planner may remember what a list needs by its identity).
	 */
	shared?: { texts: readonly string[]; weights: readonly Weight[] }[];
}

/** Elements the browser's own stylesheet draws bold. */
const UA_BOLD = 'h1, h2, h3, h4, h5, h6, b, strong, th';
/** `<input>` types that draw no text of their own (a radio's or checkbox's value is data). */
const SILENT_INPUTS = new Set(['radio', 'checkbox', 'hidden', 'range', 'color', 'file', 'image']);

/** Whether an element's `value` attribute is drawn: a text field's or a button's, e.g. `<input
 * type="submit" value="Search">`; not a radio's, a list item's or an `<option>`'s. */
function showsValue(el: HTMLElement): boolean {
	if (el.rawTagName?.toLowerCase() !== 'input') return false;
	return !SILENT_INPUTS.has((el.getAttribute('type') ?? 'text').toLowerCase());
}

/** Elements whose text is never drawn. */
const HIDDEN = new Set(['script', 'style', 'template', 'head', 'title']);

/** A CSS rule that sets font-weight, reduced to what matching needs. */
interface WeightRule {
	selector: string;
	weight: Weight;
	/** Set when the rule applies only in some state (`:hover`, `:focus`): the element keeps its
	 * inherited weight as well. */
	conditional?: true;
}

function weightOf(value: string): Weight | undefined {
	const v = value
		.trim()
		.toLowerCase()
		.replace(/\s*!important$/, '');
	if (v === 'bold' || v === 'bolder') return 700;
	if (v === 'normal' || v === 'lighter') return 400;
	const n = Number(v);
	if (Number.isFinite(n) && n > 0) return n >= 600 ? 700 : 400;
	return undefined;
}

/** A selector without its pseudo-classes (and the combinators left dangling), as a string. */
function withoutPseudoClasses(selector: csstree.Selector): string {
	const parts = selector.children.toArray().filter((node) => node.type !== 'PseudoClassSelector');
	while (parts[0]?.type === 'Combinator') parts.shift();
	while (parts.at(-1)?.type === 'Combinator') parts.pop();
	const kept = new csstree.List<csstree.CssNode>().fromArray(parts);
	return csstree.generate({ type: 'Selector', children: kept }).trim();
}

/**
 * The rules in a stylesheet that set `font-weight`, read with css-tree. Pseudo-classes are
 * dropped (`a:hover` counts as `a`: it may apply) and pseudo-elements skipped (their generated
 * text is not in the HTML). Rules inside @media count too: any width may be the reader's.
 */
export function weightRules(css: string): WeightRule[] {
	const rules: WeightRule[] = [];
	const ast = csstree.parse(css, { parseValue: false });
	csstree.walk(ast, {
		visit: 'Rule',
		enter(rule) {
			// Keyframe selectors (`from`, `50%`) select no element.
			if (this.atrule && this.atrule.name.toLowerCase().endsWith('keyframes')) return;
			let weight: Weight | undefined;
			for (const node of rule.block.children) {
				if (node.type === 'Declaration' && node.property.toLowerCase() === 'font-weight') {
					weight = weightOf(csstree.generate(node.value)) ?? weight;
				}
			}
			if (!weight || rule.prelude.type !== 'SelectorList') return;
			for (const selector of rule.prelude.children) {
				if (selector.type !== 'Selector') continue;
				if (csstree.find(selector, (node) => node.type === 'PseudoElementSelector')) continue;
				const whole = csstree.generate(selector);
				const cleaned = withoutPseudoClasses(selector);
				if (!cleaned) continue;
				rules.push(
					cleaned === whole
						? { selector: whole, weight }
						: { selector: cleaned, weight, conditional: true },
				);
			}
		},
	});
	return rules;
}

function matching(root: HTMLElement, selector: string): HTMLElement[] {
	try {
		return root.querySelectorAll(selector);
	} catch {
		return [];
	}
}

/**
 * The visible text of an HTML page (its source or a node-html-parser document) by weight, given
 * the page's CSS; with `rewritten` (a selector: elements a script rewrites after load), the
 * weights those elements are drawn at. Weight is resolved like
 * inheritance: an element with its own font-weight rules (from CSS or the browser's defaults)
 * uses them, otherwise its parent's. Where several rules could apply, all their weights count,
 * so a font subset errs on the side of carrying a glyph.
 */
export function pageText(html: string | HTMLElement, css: string, rewritten?: string): PageText {
	const root = typeof html === 'string' ? parse(html, { comment: false }) : html;
	const rewrittenEls = new Set(rewritten ? matching(root, rewritten) : []);
	const rewrittenWeights = new Set<Weight>();
	const lang = root.querySelector('html')?.getAttribute('lang') ?? 'und';
	const explicit = new Map<HTMLElement, Set<Weight>>();
	const conditional = new Map<HTMLElement, Set<Weight>>();
	const add = (map: Map<HTMLElement, Set<Weight>>, el: HTMLElement, w: Weight): void => {
		const set = map.get(el) ?? new Set<Weight>();
		set.add(w);
		map.set(el, set);
	};
	for (const el of root.querySelectorAll(UA_BOLD)) add(explicit, el, 700);
	for (const rule of weightRules(css)) {
		const map = rule.conditional ? conditional : explicit;
		for (const el of matching(root, rule.selector)) add(map, el, rule.weight);
	}
	const byWeight: Record<Weight, string[]> = { 400: [], 700: [] };
	const all: string[] = [];
	const body = root.querySelector('body') ?? root;
	const visit = (node: Node, inherited: ReadonlySet<Weight>): void => {
		if (node instanceof TextNode) {
			const text = node.text;
			if (text.trim()) {
				all.push(text);
				for (const w of inherited) byWeight[w].push(text);
			}
			return;
		}
		if (!(node instanceof HTMLElement)) return;
		const el = node;
		const tag = el.rawTagName?.toLowerCase() ?? '';
		if (HIDDEN.has(tag) || el.hasAttribute('hidden')) return;
		const own = explicit.get(el) ?? inherited;
		const extra = conditional.get(el);
		const weights = extra ? new Set([...own, ...extra]) : own;
		if (rewrittenEls.has(el)) for (const w of weights) rewrittenWeights.add(w);
		for (const attr of ['alt', 'placeholder', 'value']) {
			if (attr === 'value' && !showsValue(el)) continue;
			const value = el.getAttribute(attr);
			if (value?.trim()) {
				all.push(value);
				for (const w of weights) byWeight[w].push(value);
			}
		}
		for (const child of el.childNodes) visit(child, weights);
	};
	visit(body, new Set<Weight>([400]));
	return { lang, byWeight, all, rewrittenWeights };
}

/**
 * Splits text into the runs one font face shapes: maximal stretches of characters the face
 * covers. A browser draws a character outside a face's unicode-range with another face, so a
 * shaping run ends there (at a space, a Latin letter, a digit the face lacks).
 */
export function faceRuns(text: string, covers: (codePoint: number) => boolean): string[] {
	const runs: string[] = [];
	let run = '';
	for (const ch of text) {
		if (covers(ch.codePointAt(0)!)) run += ch;
		else if (run) {
			runs.push(run);
			run = '';
		}
	}
	if (run) runs.push(run);
	return runs;
}

/**
 * The text a reader sees on the page, as it reads: the text nodes of `<body>` outside script,
 * style and template elements and `hidden` subtrees, with image alt text.
 */
export function visibleText(html: string): string {
	return pageText(html, '').all.join('');
}
