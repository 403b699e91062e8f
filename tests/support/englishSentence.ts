/**
 * English prose left in a Bengali message: four or more English words in a row, once code,
 * quoted values, examples after "যেমন" and names in parentheses are set aside.
 */
export function englishSentence(text: string): string | undefined {
	const prose = text
		.split('\n')
		.filter((line) => !/^\s{4,}/.test(line) && !/^\s*[✗!]\s/.test(line))
		.join('\n')
		.replace(/"[^"\n]*"/g, ' ')
		.replace(/যেমন[^;।\n]*/g, ' ')
		.replace(/\([^()\n]*\)/g, ' ')
		.replace(/<[^>\n]*>/g, ' ')
		.replace(/\b[\w.-]+:\s*[\w./@-]+/g, ' ')
		.replace(/\bnpm run [\w:]+/g, ' ');
	return /\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){3,}/.exec(prose)?.[0];
}
