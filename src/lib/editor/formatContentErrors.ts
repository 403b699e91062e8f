/** One problem an editor must fix, where it is and what to do, e.g. a bad `kind` on line 40. */
export interface ContentProblem {
	/** The file, as the editor knows it, e.g. `content/stories/meta-outage-2024-03-05/bn.mdx`. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number | undefined;
	/** What is wrong, in plain words, with a valid example. */
	message: string;
}

/**
 * Lists problems for a terminal, grouped by file in the order given, e.g.
 * `content/stories/x/bn.mdx:40` then the message, indented. Ends with a count and what to do.
 */
export function formatContentErrors(problems: readonly ContentProblem[]): string {
	const byFile = new Map<string, ContentProblem[]>();
	for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
	const blocks = [...byFile].map(([file, list]) =>
		[
			`✗ ${file}`,
			...list.map((p) => {
				const [first = '', ...rest] = p.message.split('\n');
				return [`  ${p.line ? `line ${p.line}: ` : ''}${first}`, ...rest.map((l) => `  ${l}`)].join(
					'\n',
				);
			}),
		].join('\n'),
	);
	const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${byFile.size} ${byFile.size === 1 ? 'file' : 'files'}`;
	return `${blocks.join('\n\n')}\n\n${count}. Fix ${problems.length === 1 ? 'it' : 'them'}, then run npm run check:content again.`;
}
