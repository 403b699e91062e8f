/** Path of a story below its language prefix, e.g. `storyPath('meta-outage-2024-03-05')` → `'meta-outage-2024-03-05/'`. */
export function storyPath(slug: string): string {
	return `${slug}/`;
}
