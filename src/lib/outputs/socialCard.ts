import type { Canvas, Paragraph } from 'canvaskit-wasm';
import type { Lang } from '../../i18n/locales';
import { cardKit, type CardKit } from './cardFonts';
import { cardParagraph } from './cardParagraph';
import { encodePng } from './encodePng';

/** The card's size: what Facebook, WhatsApp and X show large (1.91:1). */
export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a story's card says, worded for one edition. */
export interface SocialCardInput {
	/** The edition's headline. */
	title: string;
	/** The site's identity, e.g. `'সময়রেখা · Somoyrekha'`. */
	siteName: string;
	/** Is it over, e.g. `'Restored'`. */
	statusLine: string;
	/** When and for how long, e.g. `'India, ~9 PM to ~10 PM IST, about an hour'`. */
	spanLine: string;
	lang: Lang;
	/** Colours the status mark; without it the mark is neutral. */
	status?: 'ongoing' | 'resolved' | undefined;
}

const INK = '#16181d';
const PAPER = '#fbfaf6';
const MUTED = '#4a4f5a';
const RULE = '#d9d5cb';
const BAND = '#16181d';
const ACCENT = '#c8102e';
const STATUS_COLOUR = { ongoing: '#b3261e', resolved: '#1e7b43', neutral: '#4a4f5a' } as const;

const MARGIN = 72;
const BAND_HEIGHT = 92;
const HEADLINE_TOP = BAND_HEIGHT + 40;
/** Between the headline and the rule, and between the rule and the status line. */
const GAP = 28;
const BOTTOM = 40;

/** The largest headline size (72 px down to 44 px) whose lines fit in `room` px of height. */
function headline(kit: CardKit, title: string, lang: Lang, width: number, room: number): Paragraph {
	// Bengali needs room above the line (reph, i-kar) and below it (u-kar): more leading.
	const lineHeight = lang === 'bn' ? 1.35 : 1.2;
	const set = (size: number) =>
		cardParagraph(kit, title, { size, weight: 700, color: INK, lang, lineHeight }, width);
	let size = 72;
	let paragraph = set(size);
	while (paragraph.getHeight() > room && size > 44) {
		// Text area grows with the square of the size: jump near the size that fits, then on
		// down in 4 px steps (each try shapes the headline again).
		const fit = size * Math.sqrt(room / paragraph.getHeight());
		size = Math.max(44, Math.min(size - 4, 4 * Math.floor(fit / 4)));
		paragraph.delete();
		paragraph = set(size);
	}
	if (paragraph.getHeight() <= room) return paragraph;
	paragraph.delete();
	// Still too long at the smallest size: as many lines as fit, then an ellipsis.
	const maxLines = Math.max(1, Math.floor(room / (44 * lineHeight)));
	return cardParagraph(
		kit,
		title,
		{ size: 44, weight: 700, color: INK, lang, lineHeight, maxLines },
		width,
	);
}

function draw(canvas: Canvas, paragraph: Paragraph, x: number, y: number): void {
	canvas.drawParagraph(paragraph, x, y);
	paragraph.delete();
}

/**
 * A story's social card (og:image) as PNG bytes, 1200×630: the site's name in a band, the
 * headline as large as fits, and the status and span under a rule, e.g.
 * `await renderSocialCard({ title, siteName: 'সময়রেখা · Somoyrekha', statusLine, spanLine, lang: 'bn' })`.
 */
export async function renderSocialCard(input: SocialCardInput): Promise<Uint8Array> {
	const kit = await cardKit();
	const ck = kit.canvasKit;
	const { width, height } = SOCIAL_CARD_SIZE;
	const surface = ck.MakeSurface(width, height);
	if (!surface) throw new Error('CanvasKit could not make a 1200×630 surface for the social card');
	const canvas = surface.getCanvas();
	const paint = new ck.Paint();
	paint.setAntiAlias(true);
	const fill = (color: string, rect: Parameters<Canvas['drawRect']>[0]) => {
		paint.setColor(ck.parseColorString(color));
		canvas.drawRect(rect, paint);
	};
	const textWidth = width - 2 * MARGIN;

	canvas.clear(ck.parseColorString(PAPER));
	// The masthead band, with the site's name in both scripts.
	fill(BAND, ck.XYWHRect(0, 0, width, BAND_HEIGHT));
	fill(ACCENT, ck.XYWHRect(0, BAND_HEIGHT, width, 6));
	const site = cardParagraph(
		kit,
		input.siteName,
		{ size: 34, weight: 700, color: '#ffffff', lang: input.lang, lineHeight: 1.2 },
		textWidth,
	);
	draw(canvas, site, MARGIN, (BAND_HEIGHT - site.getHeight()) / 2);

	// The footer, laid out from the bottom up: the span (up to two lines), above it the status
	// as a coloured mark with its words, above that a rule; the headline gets the rest.
	const statusColour = STATUS_COLOUR[input.status ?? 'neutral'];
	const status = cardParagraph(
		kit,
		input.statusLine,
		{ size: 32, weight: 700, color: statusColour, lang: input.lang, lineHeight: 1.25, maxLines: 1 },
		textWidth - 40,
	);
	const span = cardParagraph(
		kit,
		input.spanLine,
		{ size: 28, weight: 400, color: MUTED, lang: input.lang, lineHeight: 1.3, maxLines: 2 },
		textWidth,
	);
	const spanTop = height - BOTTOM - span.getHeight();
	const statusTop = spanTop - 8 - status.getHeight();
	const ruleTop = statusTop - GAP;
	fill(RULE, ck.XYWHRect(MARGIN, ruleTop, textWidth, 2));
	paint.setColor(ck.parseColorString(statusColour));
	canvas.drawCircle(MARGIN + 12, statusTop + status.getHeight() / 2, 12, paint);
	draw(canvas, status, MARGIN + 40, statusTop);
	draw(canvas, span, MARGIN, spanTop);

	// The headline, as large as fits, in the middle of the space left.
	const room = ruleTop - GAP - HEADLINE_TOP;
	const title = headline(kit, input.title, input.lang, textWidth, room);
	draw(canvas, title, MARGIN, HEADLINE_TOP + Math.max(0, (room - title.getHeight()) / 2));

	// The surface's own pixel format (opaque, so premultiplied is plain RGBA): a quarter of the
	// time of asking CanvasKit to convert to unpremultiplied sRGB.
	const pixels = canvas.readPixels(0, 0, surface.imageInfo());
	paint.delete();
	// dispose(), not delete(): MakeSurface allocates the 3 MB of pixels in the WASM heap, and only
	// dispose() frees them. With delete() a build ran out of heap after about 700 cards.
	surface.dispose();
	if (!(pixels instanceof Uint8Array))
		throw new Error('CanvasKit could not read the social card back');
	return encodePng(pixels, width, height);
}
