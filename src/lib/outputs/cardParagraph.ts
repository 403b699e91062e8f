import type { Paragraph } from 'canvaskit-wasm';
import type { Lang } from '../../i18n/locales';
import { CARD_FAMILIES, type CardKit } from './cardFonts';

/** How one block of card text is set. */
export interface CardTextStyle {
	size: number;
	weight: 400 | 700;
	/** `#rrggbb`. */
	color: string;
	/** Line height as a multiple of the size; Bengali needs room for reph above and u-kar below. */
	lineHeight?: number;
	lang: Lang;
	/** Lines past this end in an ellipsis. */
	maxLines?: number;
}

/**
 * A block of text shaped by CanvasKit's paragraph engine (HarfBuzz: conjuncts, reph, pre-base
 * vowel signs) and laid out at `width`, e.g. `cardParagraph(kit, title, style, 1056)`; the
 * caller draws it with `canvas.drawParagraph` and frees it with `delete()`.
 */
export function cardParagraph(
	{ canvasKit: ck, fonts }: CardKit,
	text: string,
	style: CardTextStyle,
	width: number,
): Paragraph {
	const builder = ck.ParagraphBuilder.MakeFromFontProvider(
		new ck.ParagraphStyle({
			textStyle: {
				color: ck.parseColorString(style.color),
				fontFamilies: [...CARD_FAMILIES],
				fontSize: style.size,
				fontStyle: { weight: ck.FontWeight[style.weight === 700 ? 'Bold' : 'Normal'] },
				heightMultiplier: style.lineHeight ?? 1.3,
				locale: style.lang,
			},
			textAlign: ck.TextAlign.Left,
			textDirection: ck.TextDirection.LTR,
			...(style.maxLines ? { maxLines: style.maxLines, ellipsis: '…' } : {}),
		}),
		fonts,
	);
	builder.addText(text);
	const paragraph = builder.build();
	builder.delete();
	paragraph.layout(width);
	return paragraph;
}
