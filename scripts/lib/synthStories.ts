import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Synthetic outage stories for the build benchmark: realistic Bengali and English sentences
 * (recombined from newsroom phrasing, not facts about any real outage), 10 to 30 timeline entries
 * each, both editions, deterministic for a given count.
 */

const SERVICES = [
	['ফেসবুক', 'Facebook'],
	['ইনস্টাগ্রাম', 'Instagram'],
	['হোয়াটসঅ্যাপ', 'WhatsApp'],
	['ইউটিউব', 'YouTube'],
	['জিমেল', 'Gmail'],
	['এক্স', 'X'],
	['টেলিগ্রাম', 'Telegram'],
	['মেসেঞ্জার', 'Messenger'],
] as const;

const PLACES = [
	['ভারতে', 'in India'],
	['বাংলাদেশে', 'in Bangladesh'],
	['কলকাতায়', 'in Kolkata'],
	['ঢাকায়', 'in Dhaka'],
	['বিশ্ব জুড়ে', 'worldwide'],
	['ইউরোপে', 'in Europe'],
] as const;

const EVENTS: [kind: string, bn: string, en: string][] = [
	[
		'outage-start',
		'{s} ব্যবহারকারীরা {p} লগ ইন করতে পারছিলেন না।',
		'{S} users {P} could not log in.',
	],
	[
		'update',
		'স্ট্যাটাস পেজে ‘বড় ধরনের বিভ্রাট’ দেখানো হয়।',
		'The status page reports a major disruption.',
	],
	[
		'update',
		'{p} অনেকে অ্যাকাউন্ট আপনাআপনি লগ আউট হয়ে যাওয়ার অভিযোগ করেন।',
		'Many {P} report being logged out of their accounts.',
	],
	[
		'statement',
		'সংস্থার মুখপাত্র জানান, সমস্যার কথা তাঁরা জানেন এবং তা মেটানোর কাজ চলছে।',
		'A company spokesperson says they know about the problem and are working on it.',
	],
	[
		'update',
		'ক্রোম বা অন্য ব্রাউজার থেকে অ্যাকাউন্ট খুলতে গিয়েও একই সমস্যা দেখা যায়।',
		'Opening accounts from Chrome or other browsers runs into the same problem.',
	],
	[
		'update',
		'সামাজিক মাধ্যমে মিম আর মজার পোস্ট ছড়িয়ে পড়ে; নেটিজেনরা প্রশ্ন তোলেন।',
		'Memes and jokes spread on social media; users ask questions.',
	],
	[
		'update',
		'আবার লগ ইন করার মেসেজ এলেও তাতে সমস্যা মেটেনি।',
		'A prompt to log in again appears, but it does not fix the problem.',
	],
	['restoration', '{p} ধীরে ধীরে {s} আবার চালু হতে শুরু করে।', '{S} slowly starts working again {P}.'],
	[
		'statement',
		'মুখপাত্র জানান, একটি প্রযুক্তিগত ত্রুটির কারণে এই বিভ্রাট ঘটেছিল এবং তাঁরা ক্ষমাপ্রার্থী।',
		'The spokesperson says a technical fault caused the outage and apologises.',
	],
	[
		'update',
		'পেজ রিফ্রেশ করা যাচ্ছিল না; নতুন পোস্ট দেখা যাচ্ছিল না।',
		'Pages could not be refreshed; new posts did not appear.',
	],
];

const BODY_BN = [
	'মঙ্গলবার রাতে {p} {s} ব্যবহারকারীরা সমস্যায় পড়েন। অ্যাকাউন্ট আপনাআপনি লগ আউট হয়ে যায় এবং আবার লগ ইন করার চেষ্টাতেও কাজ হয়নি।',
	'পরে জানা যায়, বিশ্ব জুড়ে একই সমস্যার মুখে পড়েছিলেন অনেকে। ঘণ্টাখানেক এমন চলার পর আবার লগ ইন করা সম্ভব হয়।',
	'সংস্থার তরফে সমস্যার নির্দিষ্ট কারণ জানানো হয়নি। তবে মুখপাত্র জানান, প্রযুক্তিগত ত্রুটি দ্রুত মেটানো হয়েছে।',
	'নেটিজেনরা অন্য সামাজিক মাধ্যমে প্রশ্ন তোলেন, কেন এ বিষয়ে কোনও বিবৃতি দেওয়া হচ্ছে না। ক্ষমতা, মন্ত্রী, স্ত্রী ও যন্ত্র নিয়ে রসিকতাও ছড়ায়।',
];
const BODY_EN = [
	'On Tuesday night, {S} users {P} ran into trouble. Accounts were logged out on their own, and logging in again did not help.',
	'It later emerged that people around the world faced the same problem. After about an hour, logging in became possible again.',
	'The company gave no specific reason for the trouble. A spokesperson said a technical fault had been fixed quickly.',
	'Users on other social media asked why no statement was being issued, and jokes about the standstill spread.',
];

/**
 * Towns and districts (vocabulary only). Each story names three, so, as in a real archive, nearly
 * every page's text needs its own set of Bengali glyphs (conjuncts such as ন্দ, র্ধ, ক্ষ, ঞ্জ):
 * with only the templates above, 2,006 pages needed 436 distinct font subsets.
 */
const TOWNS = [
	['বর্ধমান', 'Bardhaman'],
	['শিলিগুড়ি', 'Siliguri'],
	['দুর্গাপুর', 'Durgapur'],
	['আসানসোল', 'Asansol'],
	['হাওড়া', 'Howrah'],
	['খড়্গপুর', 'Kharagpur'],
	['কৃষ্ণনগর', 'Krishnanagar'],
	['বহরমপুর', 'Baharampur'],
	['জলপাইগুড়ি', 'Jalpaiguri'],
	['পুরুলিয়া', 'Purulia'],
	['বাঁকুড়া', 'Bankura'],
	['মেদিনীপুর', 'Medinipur'],
	['চট্টগ্রাম', 'Chattogram'],
	['সিলেট', 'Sylhet'],
	['রাজশাহী', 'Rajshahi'],
	['খুলনা', 'Khulna'],
	['বরিশাল', 'Barishal'],
	['ময়মনসিংহ', 'Mymensingh'],
	['কুমিল্লা', 'Cumilla'],
	['নারায়ণগঞ্জ', 'Narayanganj'],
	['গাজীপুর', 'Gazipur'],
	['দিনাজপুর', 'Dinajpur'],
	['কক্সবাজার', "Cox's Bazar"],
	['ব্রাহ্মণবাড়িয়া', 'Brahmanbaria'],
	['কিশোরগঞ্জ', 'Kishoreganj'],
	['চাঁদপুর', 'Chandpur'],
	['শ্রীরামপুর', 'Serampore'],
	['ত্রিপুরা', 'Tripura'],
	['আগরতলা', 'Agartala'],
	['গুয়াহাটি', 'Guwahati'],
	['ভুবনেশ্বর', 'Bhubaneswar'],
	['পাটনা', 'Patna'],
	['দার্জিলিং', 'Darjeeling'],
	['বোলপুর', 'Bolpur'],
	['নবদ্বীপ', 'Nabadwip'],
	['যশোর', 'Jashore'],
	['পাবনা', 'Pabna'],
	['বগুড়া', 'Bogura'],
	['রংপুর', 'Rangpur'],
	['টাঙ্গাইল', 'Tangail'],
] as const;

const DIGITS = '০১২৩৪৫৬৭৮৯';
const bnDigits = (n: number | string): string =>
	String(n).replace(/\d/g, (d) => DIGITS[Number(d)]!);

/** A small deterministic generator (mulberry32), so every run writes the same stories. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const yamlString = (s: string): string => JSON.stringify(s);
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export interface SynthStory {
	slug: string;
	/** The id of the first timeline entry (the benchmark edits its Bengali text). */
	firstEntryId: string;
	dir: string;
}

/** Writes `count` stories into `root/<slug>/{bn,en}.mdx` and returns them. */
export function writeStories(root: string, count: number): SynthStory[] {
	const stories: SynthStory[] = [];
	for (let i = 0; i < count; i++) {
		const rnd = random(i + 1);
		const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
		const [sBn, sEn] = pick(SERVICES);
		const [pBn, pEn] = pick(PLACES);
		const fill = (t: string): string =>
			t.replace(/\{s\}/g, sBn).replace(/\{S\}/g, sEn).replace(/\{p\}/g, pBn).replace(/\{P\}/g, pEn);
		const slug = `bench-${sEn.toLowerCase()}-outage-${pad(i + 1, 5)}`;
		const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000 * 1.7);
		const date = day.toISOString().slice(0, 10);
		const entries = 10 + Math.floor(rnd() * 21);
		const lines: string[] = [];
		let minutes = 18 * 60 + Math.floor(rnd() * 120);
		for (let e = 0; e < entries; e++) {
			const [kind, bn, en] = e === 0 ? EVENTS[0]! : e === entries - 1 ? EVENTS[7]! : pick(EVENTS);
			const hh = Math.floor(minutes / 60) % 24;
			const mm = minutes % 60;
			lines.push(
				`  - id: entry-${pad(e + 1)}`,
				`    time: "${date} ${pad(hh)}:${pad(mm)}"`,
				`    precision: ${rnd() < 0.3 ? 'approximate' : 'exact'}`,
				`    kind: ${kind}`,
				...(e === 0 || e === entries - 1 ? ['    key: true'] : []),
				'    text:',
				`      bn: ${yamlString(`${fill(bn)} (${bnDigits(e + 1)})`)}`,
				`      en: ${yamlString(`${fill(en)} (${e + 1})`)}`,
				'    sources:',
				`      - name: example-news-${pad(e % 7)}.com`,
				`        detail: ${yamlString(date)}`,
			);
			minutes += 3 + Math.floor(rnd() * 9);
		}
		const towns = [...TOWNS].sort(() => rnd() - 0.5).slice(0, 3);
		const reportsBn = `সমস্যার খবর এসেছে ${towns[0]![0]}, ${towns[1]![0]} ও ${towns[2]![0]} থেকেও।`;
		const reportsEn = `Reports also came from ${towns[0]![1]}, ${towns[1]![1]} and ${towns[2]![1]}.`;
		const titleBn = `${pBn} ${sBn} বিভ্রাট, ঘণ্টাখানেক পর মিটল সমস্যা (${bnDigits(i + 1)})`;
		const titleEn = `${sEn} outage ${pEn} resolved after about an hour (${i + 1})`;
		const dir = join(root, slug);
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			join(dir, 'bn.mdx'),
			[
				'---',
				`title: ${yamlString(titleBn)}`,
				`description: ${yamlString(fill(BODY_BN[0]!))}`,
				'zone: Asia/Kolkata',
				'timeline:',
				...lines,
				'---',
				'',
				...[...BODY_BN.map(fill), reportsBn].flatMap((p) => [p, '']),
				'<Timeline />',
				'',
			].join('\n'),
		);
		writeFileSync(
			join(dir, 'en.mdx'),
			[
				'---',
				`title: ${yamlString(titleEn)}`,
				`description: ${yamlString(fill(BODY_EN[0]!))}`,
				'translationOf: bn',
				'---',
				'',
				...[...BODY_EN.map(fill), reportsEn].flatMap((p) => [p, '']),
				'<Timeline />',
				'',
			].join('\n'),
		);
		stories.push({ slug, firstEntryId: 'entry-01', dir });
	}
	return stories;
}

/**
 * Adds `word` to the Bengali text of the first timeline entry in a story's bn.mdx, as an editor
 * would; throws when the file has no such entry.
 */
export function editFirstEntry(file: string, word: string): void {
	const source = readFileSync(file, 'utf8');
	const changed = source.replace(/(\n {6}bn: "[^"\n]*?)( \([^)]*\)"|")/, `$1 ${word}$2`);
	if (changed === source) throw new Error(`Could not edit ${file}`);
	writeFileSync(file, changed);
}

/**
 * Adds a timeline entry with id `id` after the last one in a story's bn.mdx, at the same time as
 * the last (an update published beside it), as `npm run add:entry` would; throws when it cannot.
 */
export function appendEntry(file: string, id: string): void {
	const source = readFileSync(file, 'utf8');
	const last = [...source.matchAll(/\n {4}time: ("[^"\n]+")/g)].at(-1)?.[1];
	const end = source.indexOf('\n---\n', 4);
	if (!last || end < 0) throw new Error(`Could not add an entry to ${file}`);
	const entry = [
		`  - id: ${id}`,
		`    time: ${last}`,
		'    precision: exact',
		'    kind: update',
		'    text:',
		'      bn: "নতুন খবর: পরিস্থিতি নজরে রাখা হচ্ছে।"',
		'      en: "New: the situation is being watched."',
		'    sources:',
		'      - name: example-news-live.com',
	].join('\n');
	writeFileSync(file, `${source.slice(0, end)}\n${entry}${source.slice(end)}`);
}
