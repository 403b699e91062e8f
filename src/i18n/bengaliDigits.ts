const BENGALI_DIGITS = ['০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯'];

/** Replaces ASCII digits with Bengali digits, e.g. `'21:05'` → `'২১:০৫'`. */
export function bengaliDigits(text: string | number): string {
	return String(text).replace(/[0-9]/g, (d) => BENGALI_DIGITS[Number(d)] ?? d);
}
