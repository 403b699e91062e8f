/** Replaces Bengali digits with ASCII digits, e.g. `'২০২৪-০৩-০৫ ২১:৩৯'` → `'2024-03-05 21:39'`. */
export function latinDigits(text: string): string {
	return text.replace(/[০-৯]/g, (digit) => String(digit.charCodeAt(0) - 0x09e6));
}
