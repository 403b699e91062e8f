import { bengaliDigits as d } from '../bengaliDigits';
import type { EditorMessages } from './catalog';

const MONTHS = [
	'জানুয়ারি',
	'ফেব্রুয়ারি',
	'মার্চ',
	'এপ্রিল',
	'মে',
	'জুন',
	'জুলাই',
	'আগস্ট',
	'সেপ্টেম্বর',
	'অক্টোবর',
	'নভেম্বর',
	'ডিসেম্বর',
];
const list = (values: readonly string[]) => values.join(', ');

/** The editor tools' and the checker's messages in Bengali, for the newsroom's editors. */
export const messagesBn = {
	badFlag: (flag, value, problem) => `✗ ${flag} ${JSON.stringify(value)}: ${problem}`,
	noTerminal: (flags) =>
		`কিছুই লেখা হয়নি। আবার জিজ্ঞেস করার মতো টার্মিনাল নেই (স্ক্রিপ্ট, CI বা পাইপ), তাই অনুমান না করে কমান্ড থেমে গেল: ${list(flags)} দিন বা ঠিক করে আবার চালান।`,
	askAgain: 'মানটি আবার লিখুন।',
	answerNeeded: 'একটা উত্তর দিতে হবে',
	noDefaultAfterMistake:
		'একটা উত্তর দিতে হবে: আগের মানটি ভুল ছিল, তাই শুধু Enter টিপলে কোনো ডিফল্ট মান বসানো হবে না',
	missingAnswer: (flag) => `${flag}-এর কোনো উত্তর পাওয়া যায়নি; কমান্ডেই লিখে দিন, যেমন ${flag} "…"`,
	unknownFlag: (flag, known) => `${flag} এই কমান্ডের কোনো অপশন নয়; অপশনগুলো হলো ${known}`,
	zoneUnknown: (value, guess) =>
		`"${value}" কোনো টাইম জোনের নাম নয়${guess ? `; আপনি কি ${guess} বোঝাতে চেয়েছেন?` : '।'} এমন নাম লিখুন: Asia/Kolkata (ভারত), Asia/Dhaka (বাংলাদেশ), America/New_York (মার্কিন পূর্বাঞ্চল) বা UTC`,
	storyUnknown: (value, guess, stories) =>
		`"${value}" নামে কোনো প্রতিবেদন নেই${guess ? `; আপনি কি ${guess} বোঝাতে চেয়েছেন?` : '।'}${stories.length ? ` প্রতিবেদনগুলো: ${list(stories)}` : ' এখনো কোনো প্রতিবেদন নেই: npm run new:story'}`,
	idForm: 'শুধু ছোট হাতের ইংরেজি অক্ষর, অঙ্ক আর ড্যাশ (-) ব্যবহার করুন, যেমন status-page-update',
	idTaken: (id, suggestion) =>
		`"${id}" এই প্রতিবেদনের অন্য একটি এন্ট্রি আগেই ব্যবহার করেছে; অন্য id দিন, যেমন ${suggestion}`,
	idUnknown: (id, guess, ids) =>
		`এই প্রতিবেদনে "${id}" id-র কোনো এন্ট্রি নেই${guess ? `; আপনি কি ${guess} বোঝাতে চেয়েছেন?` : '।'} এর এন্ট্রিগুলো: ${list(ids)}`,
	urlNotWeb:
		'লিংক হতে হবে https:// (বা http://) দিয়ে শুরু হওয়া ওয়েব ঠিকানা, যেমন https://x.com/andymstone; javascript: বা অন্য ধরনের লিংক নেওয়া হয় না',
	notOneOf: (answer, values) =>
		`"${answer}" চলবে না; এগুলোর একটি লিখুন: ${list(values)}, যেমন ${values[0] ?? ''}`,
	slugForm: 'শুধু ছোট হাতের ইংরেজি অক্ষর, অঙ্ক আর ড্যাশ (-) ব্যবহার করুন, যেমন whatsapp-outage-2024-04-03',
	slugExists: (slug) => `"${slug}" নামে একটি প্রতিবেদন আগেই আছে; অন্য নাম দিন, যেমন ${slug}-2`,
	textControl: (what, code) =>
		`${what}-এ একটি অদৃশ্য নিয়ন্ত্রণ-অক্ষর (${code}) আছে, যা ফিড নষ্ট করে; অক্ষরটি বাদ দিয়ে লেখাটি আবার লিখুন`,

	askStory: 'প্রতিবেদন (তার ফোল্ডারের নাম)',
	helpStory: (stories) =>
		`প্রতিবেদনগুলো: ${stories.length ? list(stories) : '(এখনো নেই: npm run new:story)'}`,
	askZone: 'সময়টি কোন টাইম জোনের',
	helpZone: (storyZone) =>
		`প্রতিবেদনের জোন ${storyZone}। সূত্র যে জোনে সময় দিয়েছে তার নাম লিখুন, যেমন America/New_York (মার্কিন পূর্বাঞ্চল) বা Asia/Kolkata (ভারত)।`,
	askPrecision: (values) => `সময়টি কতটা নির্দিষ্ট (${list(values)})`,
	helpPrecision: 'exact: সূত্র মিনিট পর্যন্ত বলেছে। approximate: "রাত ৯টা নাগাদ"। day: শুধু তারিখ জানা।',
	askTime: 'কখন ঘটেছে',
	helpTime: (zone) =>
		`${zone}-এর স্থানীয় সময়, ২৪ ঘণ্টার হিসাবে, বাংলা বা ইংরেজি অঙ্কে: যেমন ২০২৪-০৩-০৫ ২১:০০ (precision day হলে শুধু ২০২৪-০৩-০৫)। UTC-র সময় শেষ হয় Z দিয়ে: 2024-03-05T15:30:00Z।`,
	askKind: (values) => `কী ধরনের এন্ট্রি (${list(values)})`,
	helpKind:
		'outage-start: পরিষেবা বন্ধ হলো। investigating: সংস্থা খতিয়ে দেখছে। identified: কারণ খুঁজে পেয়েছে। recovering: পরিষেবা ফেরানো হচ্ছে। restoration: আবার চালু হলো। statement: সংস্থা কিছু বলল। update: বাকি সব।',
	askBn: 'কী ঘটেছে, বাংলায়',
	askEn: 'কী ঘটেছে, ইংরেজিতে',
	askSource: 'সূত্র: কে জানিয়েছে (সংবাদমাধ্যম, সাইট বা ব্যক্তি)',
	helpSource: 'যেমন topicsbox.com',
	askSourceUrl: 'সূত্রের লিংক (না থাকলে Enter)',
	askSourceDetail: 'কোন লেখা: তার তারিখ বা শিরোনাম (না থাকলে Enter)',
	askKey: 'এটা কি মূল মুহূর্ত, পাতায় আলাদা করে দেখানো হবে (হ্যাঁ/না)',
	askId: 'এন্ট্রির ছোট id',
	noOriginal: (slug) =>
		`✗ ${slug}-এ মূল সংস্করণ নেই (translationOf ছাড়া একটি bn.mdx বা en.mdx লাগবে)`,
	wouldBeInvalid: (file) => `✗ ${file}-এ কিছুই লেখা হয়নি; এই বদলে প্রতিবেদনটি ভুল হয়ে যেত:`,
	added: (position, id, time, zone, file) =>
		`✓ ${file}-এ টাইমলাইনের ${d(position)} নম্বর এন্ট্রি যোগ হলো (id "${id}", ${time} ${zone})।\n  যাচাই: npm run check:content · দেখুন: npm run dev`,

	askSlug: 'প্রতিবেদনের ফোল্ডারের নাম (এটাই ওয়েব ঠিকানা হবে)',
	helpSlug: 'ছোট হাতের ইংরেজি শব্দ, মাঝে ড্যাশ, সঙ্গে তারিখ, যেমন whatsapp-outage-2024-04-03',
	askStoryZone: 'প্রতিবেদনের টাইম জোন',
	helpStoryZone: (deviceZone) =>
		`প্রতিবেদনের বেশির ভাগ সময় যে জোনে দেওয়া, যেমন Asia/Dhaka (বাংলাদেশ) বা Asia/Kolkata (ভারত)।${deviceZone ? ` এই কম্পিউটারের জোন ${deviceZone}; সূত্রগুলো এই জোনে সময় দিলে তবেই এটি লিখুন।` : ''}`,
	askTitleBn: 'বাংলা শিরোনাম',
	askDescriptionBn: 'এক বাক্যে বাংলা সারাংশ',
	askTitleEn: 'ইংরেজি শিরোনাম (অনুবাদ পরে এলে Enter)',
	askDescriptionEn: 'এক বাক্যে ইংরেজি সারাংশ',
	started: (folder, pending, slug) =>
		`✓ ${folder}/ খসড়া হিসেবে শুরু হলো: bn.mdx${pending ? ' (ইংরেজি অনুবাদ বাকি বলে চিহ্নিত)' : ' আর en.mdx'}।\n  এরপর: npm run add:entry -- --story ${slug}\n  দেখুন: npm run dev · প্রকাশ: bn.mdx থেকে draft: true লাইনটি মুছে দিন`,

	askRemoveId: 'এন্ট্রির id',
	askTargetStory: 'কোন প্রতিবেদনে সরাবেন (তার ফোল্ডারের নাম)',
	entryShown: (position, id, time, text) =>
		`এন্ট্রি ${d(position)}: id "${id}", সময় "${time}": ${text}`,
	confirmRemove: 'এন্ট্রিটি মুছে ফেলবেন? মুছতে হ্যাঁ (বা yes) লিখুন',
	confirmMove: (to) => `এন্ট্রিটি ${to}-এ সরাবেন? সরাতে হ্যাঁ (বা yes) লিখুন`,
	needsYes: (what) =>
		`কিছুই বদলানো হয়নি: নিশ্চিত করার মতো টার্মিনাল নেই, তাই এন্ট্রিটি ${what === 'remove' ? 'মুছতে' : 'সরাতে'} --yes যোগ করুন`,
	notChanged: 'কিছুই বদলানো হয়নি।',
	quotedInText: (id, file, line) =>
		`✗ কিছুই বদলানো হয়নি: ${file}${line ? ` (লাইন ${d(line)})` : ''}-এ <PostQuote entry="${id}" /> দিয়ে এই এন্ট্রির উদ্ধৃতি দেখানো হয়; আগে সেই লাইনটি মুছুন`,
	onlyEntry: (id) =>
		`✗ কিছুই বদলানো হয়নি: "${id}" প্রতিবেদনের একমাত্র এন্ট্রি, আর প্রতিবেদনে অন্তত একটি এন্ট্রি লাগে। আগে সঠিক এন্ট্রিটি যোগ করুন, তারপর এটি মুছুন`,
	sameStory: 'এন্ট্রিটি আগে থেকেই ওই প্রতিবেদনে আছে; অন্য প্রতিবেদনের নাম দিন',
	removed: (id, file) =>
		`✓ ${file} থেকে "${id}" এন্ট্রিটি মোছা হলো; ফাইলের বাকি অংশ যেমন ছিল তেমনই আছে।`,
	moved: (id, from, to, zoneAdded) =>
		`✓ "${id}" এন্ট্রিটি ${from} থেকে ${to}-এ সরানো হলো।${zoneAdded ? `\n  এতে এখন zone: ${zoneAdded} লেখা আছে, যে জোনে সময়টি লেখা হয়েছিল; তাই সময়টি একই মুহূর্ত বোঝায়।` : ''}`,

	usage: {
		add: `একটি প্রতিবেদনের টাইমলাইনে সময়ের ক্রমে একটি এন্ট্রি যোগ করে; ফাইলের বাকি অংশ যেমন ছিল তেমনই থাকে।

ব্যবহার: npm run add:entry -- [অপশন]
  --story <ফোল্ডার>       প্রতিবেদন, যেমন meta-outage-2024-03-05
  --time "<সময়>"          যেমন "২০২৪-০৩-০৫ ২১:০০" বা "2024-03-05 21:00" (স্থানীয়), "2024-03-05T15:30:00Z" (UTC)
  --zone <জোন>            সূত্র যে জোনে সময় দিয়েছে (না দিলে: প্রতিবেদনের জোন)
  --precision <p>         exact (ডিফল্ট), approximate বা day
  --kind <ধরন>            outage-start, investigating, identified, update, statement,
                          recovering বা restoration
  --bn "<লেখা>" --en "<লেখা>"  কী ঘটেছে, বাংলায় ও ইংরেজিতে
  --source "<নাম>"        কে জানিয়েছে; --source-url https://…  --source-detail "<তারিখ বা শিরোনাম>"
  --key                   মূল মুহূর্ত, পাতায় আলাদা করে দেখানো হয়
  --id <id>               ছোট id (না দিলে ইংরেজি লেখা থেকে তৈরি)
  --dir <ফোল্ডার>         প্রতিবেদনের অন্য ফোল্ডার
  --lang bn|en            বার্তার ভাষা (না দিলে: কম্পিউটারের লোকেল)
টার্মিনাল ছাড়া চালালে যেকোনো ভুল মানে কমান্ড থেমে যায়: কিছুই লেখা হয় না।
টার্মিনালে চালালে যা বাকি বা ভুল, তা জিজ্ঞেস করে।`,
		new: `নতুন প্রতিবেদন শুরু করে: দুটি সংস্করণ, খসড়া হিসেবে, ব্যাখ্যাসহ কাঠামো।

ব্যবহার: npm run new:story -- [অপশন]
  --slug <ফোল্ডার>        ফোল্ডারের নাম ও ওয়েব ঠিকানা, যেমন whatsapp-outage-2024-04-03
  --zone <জোন>            প্রতিবেদনের টাইম জোন, যেমন Asia/Kolkata
  --title-bn "<লেখা>" --description-bn "<লেখা>"
  --title-en "<লেখা>" --description-en "<লেখা>"   (অনুবাদ পরে এলে --title-en "")
  --dir <ফোল্ডার>         প্রতিবেদনের অন্য ফোল্ডার
  --lang bn|en            বার্তার ভাষা (না দিলে: কম্পিউটারের লোকেল)`,
		remove: `প্রতিবেদন থেকে টাইমলাইনের একটি এন্ট্রি মোছে; ফাইলের বাকি অংশ হুবহু থাকে।

ব্যবহার: npm run remove:entry -- --story <ফোল্ডার> --id <id> [--yes]
  --yes                   না জিজ্ঞেস করে মোছে (টার্মিনাল ছাড়া চালালে লাগবে)
  --dir <ফোল্ডার>         প্রতিবেদনের অন্য ফোল্ডার
  --lang bn|en            বার্তার ভাষা (না দিলে: কম্পিউটারের লোকেল)`,
		move: `টাইমলাইনের একটি এন্ট্রি অন্য প্রতিবেদনে সরায়, সেখানে সময়ের ক্রমে।

ব্যবহার: npm run move:entry -- --story <ফোল্ডার> --id <id> --to <ফোল্ডার> [--yes]
  --yes                   না জিজ্ঞেস করে সরায় (টার্মিনাল ছাড়া চালালে লাগবে)
  --dir <ফোল্ডার>         প্রতিবেদনের অন্য ফোল্ডার
  --lang bn|en            বার্তার ভাষা (না দিলে: কম্পিউটারের লোকেল)`,
		check: `সাইট না বানিয়েই সব প্রতিবেদন যাচাই করে, সব সমস্যা একসঙ্গে দেখায়।

ব্যবহার: npm run check:content -- [--dir <ফোল্ডার>] [--lang bn|en] [--no-cache]
কোনো প্রতিবেদনে সমস্যা না থাকলে (সতর্কতা থাকতে পারে) exit status 0, নইলে 1। যে প্রতিবেদন আগে
যাচাইয়ে উতরেছে এবং তারপর বদলায়নি, তা আবার পড়া হয় না; --no-cache (বা STORY_CHECK_CACHE=0) দিলে সবই পড়া হয়।`,
	},

	line: (n) => `লাইন ${d(n)}: `,
	warning: 'সতর্কতা: ',
	summary: (problems, files, warnings) =>
		`${d(files)}টি ফাইলে ${d(problems)}টি সমস্যা${warnings ? ` (আর ${d(warnings)}টি সতর্কতা)` : ''}। ঠিক করে আবার npm run check:content চালান।`,
	warningsOnly: (warnings) =>
		`${d(warnings)}টি সতর্কতা: প্রতিবেদন প্রকাশ করা যাবে, তবে একবার দেখে নিন।`,
	allGood: (stories, editions, seconds, drafts) =>
		`✓ ${d(stories)}টি প্রতিবেদন (${d(editions)}টি সংস্করণ-ফাইল) ${d(seconds)} সেকেন্ডে যাচাই হলো: কোনো সমস্যা নেই।${drafts.length ? `\n  খসড়া (যাচাই হয়েছে, draft: true মুছলে তবেই প্রকাশ হবে): ${list(drafts)}` : ''}`,
	noFolder: (folder) =>
		`${folder} নামে কোনো ফোল্ডার নেই; প্রতিবেদন থাকে content/stories/<প্রতিবেদন>/bn.mdx আর en.mdx-এ, যেমন npm run check:content -- --dir content/stories`,

	bodyImport:
		'প্রতিবেদনের লেখায় import বা export চলবে না; সাইট যা দেয় শুধু তা-ই ব্যবহার করা যায়: <Timeline /> আর <PostQuote entry="…" />। লাইনটি মুছে দিন',
	bodyEnv: (expression) =>
		`{${expression}} সাইট যে কম্পিউটারে তৈরি হয় তার একটি সেটিং (environment) পাতায় ছেপে দেবে; এটি মুছে দিন। বন্ধনী লেখা হিসেবে দেখাতে \\{ আর \\} লিখুন`,
	bodyExpression: (expression) =>
		`{${expression}} লেখা নয়, কোড হিসেবে পড়া হয়, আর এতে পাতা ভেঙে যাবে। বন্ধনী দেখাতে \\{ আর \\} লিখুন, যেমন the \\{outage\\} was global; সম্পাদকদের জন্য নোট লিখুন {/* এভাবে */}`,
	bodyAttributeExpression: (tag, attribute) =>
		`<${tag} ${attribute}={…}>-এ কোড আছে; মানটি উদ্ধৃতিচিহ্নের মধ্যে লিখুন, যেমন <PostQuote entry="stone-resolved" />`,
	bodyTag: (tag) =>
		`প্রতিবেদনে <${tag}> চলবে না: এটি পাঠকের পাতায় কিছু চালাতে বা বাইরে থেকে আনতে পারে। মুছে দিন; সাইটের টাইমলাইন ও উদ্ধৃতির জন্য কোনো স্ক্রিপ্ট লাগে না`,
	bodyEventHandler: (tag, attribute) =>
		`<${tag}>-এর ${attribute}= পাঠক ক্লিক করলে বা পাতা খুললে কোড চালাবে; এটি মুছে দিন`,
	bodyLink: (url) =>
		`"${url}" কোনো ওয়েব ঠিকানা নয়; প্রতিবেদনের লিংক শুরু হতে হবে https:// (বা http://, mailto:, পাতার ভেতরের জায়গার জন্য #) দিয়ে, যেমন [স্ট্যাটাস পেজ](https://metastatus.com/)`,
	bodyComponent: (name, allowed) =>
		`<${name} /> প্রতিবেদনে ব্যবহার করা যায় না; ব্যবহার করুন ${allowed}, যেমন <PostQuote entry="stone-resolved" />`,
	bodyParse: (reason) =>
		`প্রতিবেদনের লেখা MDX হিসেবে পড়া যাচ্ছে না (${reason})। যে ট্যাগ খোলেন তা বন্ধ করুন (যেমন <strong>…</strong>), কম্পোনেন্ট শেষ করুন /> দিয়ে (যেমন <Timeline />), আর < বা { অক্ষর হিসেবে লিখতে \\< বা \\{ লিখুন`,
	bodyNoTimeline:
		'এই সংস্করণে টাইমলাইন কোথাও দেখানো হয় না: লেখায় <Timeline /> নেই। যেখানে টাইমলাইন দেখাতে চান সেখানে আলাদা লাইনে <Timeline /> লিখুন',
	bodyQuoteNoEntry:
		'<PostQuote />-এ যে এন্ট্রির উদ্ধৃতি দেখাবে তার id উদ্ধৃতিচিহ্নে লিখতে হবে, যেমন <PostQuote entry="stone-resolved" />',
	bodyImage: (url) =>
		`ছবি "${url}" অন্য সাইট থেকে পাঠকের পাতায় আনা হবে, অথচ প্রতিবেদন বাইরে থেকে কিছুই আনে না; বদলে ছবিটির লিংক দিন, যেমন [ছবিটি](${url || 'https://…'})`,
	bodyMedia: (tag) =>
		`প্রতিবেদনে <${tag}> চলবে না: এটি অন্য সাইট থেকে ছবি, শব্দ বা ভিডিও পাঠকের পাতায় আনবে। বদলে লিংক দিন, যেমন [এতে যা দেখা যায়](https://…)`,
	bodyFrame: (tag) =>
		`প্রতিবেদনে <${tag}> চলবে না: এটি পাতার ভেতরে অন্য একটি সাইট দেখাবে। বদলে লিংক দিন, যেমন [পোস্টটি](https://x.com/andymstone); টাইমলাইনে উদ্ধৃত পোস্ট দেখাতে <PostQuote entry="…" /> লিখুন`,
	bodyStyleTag: (tag) =>
		`প্রতিবেদনে <${tag}> চলবে না: এটি পাতার চেহারা বদলাবে বা বাইরে থেকে ফাইল আনবে। প্রতিটি প্রতিবেদনের চেহারা সাইটের স্টাইলশিট ঠিক করে; জোর দিতে **মোটা** বা *বাঁকা* লিখুন`,
	bodyHeadTag: (tag) =>
		`প্রতিবেদনে <${tag}> চলবে না: এটি পাতার লিংকগুলো কোথায় যাবে তা বদলে দেবে বা পাঠককে অন্য পাতায় পাঠাবে। পাতার head সাইট নিজেই লেখে; এটি মুছে দিন`,
	bodyStyleAttribute: (tag) =>
		`প্রতিবেদনে <${tag}>-এর style= চলবে না: এটি বাইরে থেকে ফাইল আনতে পারে, আর সাইটের চেহারা (ডার্ক মোড, প্রিন্ট) বদলে দেয়। মুছে দিন; জোর দিতে **মোটা** বা *বাঁকা* লিখুন`,
	bodyLoadAttribute: (tag, attribute) =>
		`<${tag}>-এর ${attribute} বাইরে থেকে একটি ফাইল পাঠকের পাতায় আনবে; এটি মুছে দিন। পাঠককে কিছু দেখাতে চাইলে লিংক দিন, যেমন [স্ট্যাটাস পেজ](https://metastatus.com/)`,
	bodySvgReference: (tag, attribute) =>
		`<${tag}>-এর ${attribute}= অন্য জায়গা থেকে কিছু পাতায় আনবে বা নকল করবে; বাইরে দেখাতে পারে শুধু লিংক (<a href="https://…">)। এটি মুছে দিন`,
	bodyAnimateLink: (tag, attribute) =>
		`<${tag} attributeName="${attribute}"> পাঠক দেখার সময় একটি লিংকের ঠিকানা বদলে দেবে, ফলে লিংকটি প্রতিবেদনে যা দেখায় সেখানে যাবে না; <${tag}> মুছে দিন`,
	bodyTimelineTwice: (firstLine) =>
		`<Timeline /> দ্বিতীয়বার এসেছে${firstLine ? ` (প্রথমটি ${d(firstLine)} নম্বর লাইনে)` : ''}; একটি পাতায় টাইমলাইন একবারই দেখানো হয়। এটি মুছে দিন`,

	controlChar: (field, code) =>
		`${field}-এ একটি অদৃশ্য নিয়ন্ত্রণ-অক্ষর (${code}) আছে; এতে RSS ফিড নষ্ট হয়, কোনো কোনো পাঠকের পর্দাও। অক্ষরটি মুছুন (দেখা না গেলে আশপাশের লেখাটুকু আবার টাইপ করুন)`,
	bidiUnbalanced: (field) =>
		`${field}-এ লেখার দিক বদলানোর একটি চিহ্ন (ডান-থেকে-বাঁ বা বাঁ-থেকে-ডান) আছে যা বন্ধ করা হয়নি; পাতায় এর পরের লেখা উল্টে যাবে। চিহ্নটি মুছে দিন`,

	inFuture: (entry, when) => `${entry}-এর তারিখ ${when}, যা ভবিষ্যতে; সাল আর তারিখ মিলিয়ে দেখুন`,
	farFromOthers: (entry, days, error) =>
		`${entry} প্রতিবেদনের অন্য এন্ট্রিগুলো থেকে ${d(days)} দিন দূরে${error ? '; সাল মিলিয়ে দেখুন (সালে একটি ভুলে বিভ্রাট বহু বছর চলেছে বলে দেখাবে)' : '; তারিখ মিলিয়ে দেখুন, সূত্র সত্যিই এই তারিখ দিলে রেখে দিন'}`,
	otherTimeOtherDay: (entry, date, otherDate) =>
		`${entry}: অন্য সূত্রের সময় (otherTimes) ${otherDate} তারিখের, কিন্তু এন্ট্রিটি ${date} তারিখের; দুটোর তারিখ মিলিয়ে দেখুন, কারণ পাঠক দুটিকে একই মুহূর্ত হিসেবে তুলনা করেন`,
	everyEntryKey: (count) =>
		`${d(count)}টি এন্ট্রির সবগুলোতেই key: true, তাই কোনোটাই আলাদা করে চোখে পড়ে না; key: true রাখুন শুধু সবচেয়ে জরুরি কয়েকটি মুহূর্তে (শুরু, প্রথম বিবৃতি, পরিষেবা ফেরা)`,

	tabIndent: (lines) =>
		`ফ্রন্টম্যাটারে ট্যাব দিয়ে ইনডেন্ট করা হয়েছে (${lines === 1 ? 'এই লাইনে' : `${d(lines)}টি লাইনে, প্রথমটি এখানে`}); YAML-এ শুধু স্পেস চলে। লাইনের শুরুর প্রতিটি ট্যাবের জায়গায় দুটি স্পেস দিন`,
	yamlInvalid: (reason) =>
		`ফ্রন্টম্যাটার সঠিক YAML নয় (${reason})। ইনডেন্ট দেখুন, আর ": " বা "#" থাকা লেখা উদ্ধৃতিচিহ্নে রাখুন, যেমন title: "বিভ্রাট: যা জানা গেছে"`,
	duplicateKey: (key) =>
		`"${key}" এখানে দুবার লেখা হয়েছে; দুটি লাইনের একটি রাখুন (YAML-এ এক জায়গায় একই ঘর দুবার চলে না)`,
	noFrontmatter:
		'ফাইলের শুরুতে তিনটি ড্যাশের দুটি লাইনের মাঝে ফ্রন্টম্যাটার থাকতে হবে, যেমন\n    ---\n    title: "…"\n    description: "…"\n    ---',
	yamlNotPlain: (feature, written) =>
		`${written} ${{ anchor: 'একটি অংশকে নাম দেয়, অন্য জায়গায় নকল করার জন্য (YAML অ্যাংকর)', alias: 'অন্য জায়গায় নাম দেওয়া একটি অংশ নকল করে (YAML অ্যালিয়াস)', tag: 'মানটির ধরন বলে দেয় (YAML ট্যাগ)', merge: 'অন্য একটি অংশ এখানে মিশিয়ে দেয় (YAML মার্জ কী)' }[feature]}; প্রতিবেদনের ফাইলে শুধু সাধারণ YAML চলে, যাতে যাচাই আর সাইট একইভাবে পড়ে। এর বদলে মানটি এখানে পুরো লিখে দিন`,
	fenceEarly: (line) =>
		`"${line}" লাইনটি লাইনের একেবারে শুরুতে ${line.slice(0, 3)} দিয়ে শুরু, তাই সাইট এখানেই ফ্রন্টম্যাটার শেষ ধরে বাকিটা লেখা হিসেবে দেখাবে। লাইনটি ইনডেন্ট করুন, মানটি উদ্ধৃতিচিহ্নে রাখুন বা ড্যাশগুলো মুছুন; ফ্রন্টম্যাটার শেষ হয় ঠিক --- লেখা একটি লাইনে`,

	schema: {
		thing: {
			title: 'শিরোনাম (title)',
			description: 'সারাংশ (description)',
			author: 'উদ্ধৃতির লেখক (author)',
			platform: 'প্ল্যাটফর্ম (platform)',
			quoteText: 'উদ্ধৃত কথা (text)',
			dateline: 'পোস্টের তারিখ (dateline)',
			translationBn: 'বাংলা অনুবাদ (bn)',
			translationEn: 'ইংরেজি অনুবাদ (en)',
			text: 'লেখা (text)',
			correction: 'সংশোধনী (correction)',
			sourceName: 'সূত্রের নাম (name)',
			byline: 'লেখকের নাম (byline)',
			serviceName: 'পরিষেবার নাম (name)',
			serviceNote: 'পরিষেবার টীকা (note)',
			spanLabel: 'সময়সীমার নাম (label)',
			sourceUrl: 'সূত্রের লিংক (url)',
			postUrl: 'পোস্টের লিংক (url)',
			spanStart: 'সময়সীমার শুরু (start)',
			spanEnd: 'সময়সীমার শেষ (end)',
			source: 'সূত্রে (source)',
			otherTime: 'অন্য সময়ে (otherTimes)',
			quote: 'উদ্ধৃতিতে (quote)',
			translation: 'উদ্ধৃতির অনুবাদে (translation)',
			entry: 'এন্ট্রিতে',
			service: 'পরিষেবায় (services)',
			span: 'সময়সীমায় (spans)',
			story: 'প্রতিবেদনের ফাইলে',
		},
		validExample: '। সঠিক উদাহরণ:',
		missing: (what, example) => `${what} লেখা নেই; লিখুন, যেমন ${example}`,
		notText: (what, example) => `${what} লেখা হতে হবে, যেমন ${example}`,
		empty: (what, example) => `${what} ফাঁকা; লিখুন, যেমন ${example}`,
		invisibleOnly: (what, example) =>
			`${what}-এ শুধু অদৃশ্য অক্ষর (যেমন zero-width space) আছে, তাই পাতায় ফাঁকা দেখাবে; লিখুন, যেমন ${example}`,
		bilingualNotGroup: (what) =>
			`${what}-এ একটি বাংলা লাইন (bn:) আর একটি ইংরেজি লাইন (en:) থাকতে হবে, যেমন\n    bn: "রাত ৯টা নাগাদ ..."\n    en: "Around 9 p.m. ..."`,
		notWebAddressType: (what) =>
			`${what} হতে হবে https:// দিয়ে শুরু হওয়া ওয়েব ঠিকানা, যেমন url: https://x.com/andymstone`,
		notWebAddress: (what, value) =>
			`${what}: "${value}" কোনো ওয়েব ঠিকানা নয়; লিংক শুরু হতে হবে https:// (বা http://) দিয়ে, যেমন url: https://x.com/andymstone`,
		zoneNotText: 'জোন হতে হবে কোনো টাইম জোনের নাম, যেমন zone: Asia/Kolkata',
		zoneUnknown: (value, guess) =>
			`"${value}" কোনো টাইম জোনের নাম নয়${guess ? `; আপনি কি "${guess}" বোঝাতে চেয়েছেন?` : '।'} টাইম জোন ডেটাবেসের নাম লিখুন, যেমন zone: Asia/Kolkata (ভারত), zone: Asia/Dhaka (বাংলাদেশ) বা zone: UTC`,
		zoneSpelling: (value, canonical) =>
			`"${value}" লিখতে হবে টাইম জোন ডেটাবেসের বানানে; আপনি কি "${canonical}" বোঝাতে চেয়েছেন? যেমন zone: ${canonical}`,
		groupMissing: (what, first) => `${what} কিছু লেখা নেই, যেমন ${first}: …`,
		notGroup: (what, first) =>
			`${what} কয়েকটি ঘর থাকতে হবে (নাম: মান, ইনডেন্ট করা লাইনে), যেমন ${first}: …`,
		unknownKeys: (keys, what, guess, fields) =>
			`${keys.map((k) => `"${k}"`).join(', ')} নামে কোনো ঘর ${what} থাকতে পারে না${guess ? `; আপনি কি "${guess}" বোঝাতে চেয়েছেন?` : '।'} ঘরগুলো: ${fields.join(', ')}, যেমন ${guess ?? fields[0] ?? ''}: …`,
		sourceNameForm:
			'সূত্রের একটি নাম লাগবে: প্রকাশনা, সাইট বা ব্যক্তির নাম, যেমন name: topicsbox.com (বা name: { bn: এই প্রতিবেদন, en: This report })',
		detailNotText: 'detail উদ্ধৃতিচিহ্নের মধ্যে লেখা হতে হবে, যেমন detail: "2024-03-06"',
		detailEmpty: 'detail ফাঁকা; লিখুন বা লাইনটি মুছে দিন, যেমন detail: "2024-03-06"',
		timeMissing: 'সময় লেখা নেই; স্থানীয় সময় উদ্ধৃতিচিহ্নে লিখুন, যেমন time: "2024-03-05 21:00"',
		notATime: (value) =>
			`${value} কোনো সময় নয়; তারিখ আর ২৪ ঘণ্টার হিসাবে সময় উদ্ধৃতিচিহ্নে লিখুন, যেমন time: "2024-03-05 21:00"`,
		timeForm: (value) =>
			`"${value}" কোনো সময় নয়; লিখুন এভাবে: "2024-03-05 21:00" (এন্ট্রির জোনের স্থানীয় সময়) বা "2024-03-05T15:30:00Z"`,
		bilingualLine: (lang, what) =>
			`${what}-এর ${lang === 'bn' ? 'বাংলা' : 'ইংরেজি'} লাইন (${lang})`,
		timeUnquoted: (date) =>
			`সময়টি উদ্ধৃতিচিহ্নে লিখতে হবে, নইলে YAML এটিকে UTC-র তারিখ হিসেবে পড়ে আর স্থানীয় সময় হারিয়ে যায়; সূত্র যেভাবে দিয়েছে সেভাবে উদ্ধৃতিচিহ্নে লিখুন, যেমন time: "${date}" (শুধু তারিখ, সঙ্গে precision: day) বা time: "${date} 21:00"`,
		notOneOf: (field, value, values, example) =>
			`${field} ${value === undefined ? 'লেখা নেই' : `"${value}" চলবে না`}; এগুলোর একটি লিখুন: ${values.map((v) => `"${v}"`).join(', ')}, যেমন ${example}`,
		handleNotText: 'handle উদ্ধৃতিচিহ্নের মধ্যে লেখা হতে হবে, যেমন handle: "@andymstone"',
		handleForm: (value) =>
			`handle "${value}" হতে হবে @ আর অ্যাকাউন্টের নাম, উদ্ধৃতিচিহ্নে, যেমন handle: "@andymstone"`,
		idMissing:
			'প্রতিটি এন্ট্রির একটি id লাগবে: ছোট, ছোট হাতের ইংরেজি অক্ষরে, ড্যাশ দিয়ে, যেমন id: stone-first-statement',
		idForm: (value) =>
			`id "${value}"-এ শুধু ছোট হাতের ইংরেজি অক্ষর, অঙ্ক আর ড্যাশ চলে, যেমন "stone-first-statement"`,
		notBoolean: (field, example) =>
			`${field} হতে হবে true বা false, যেমন ${example} (অথবা লাইনটি মুছে দিন)`,
		notList: (field, first, example) =>
			`${field} একটি তালিকা হতে হবে, প্রতিটি শুরু "${first}" দিয়ে, যেমন ${example}`,
		needsOneSource: (what) =>
			what === 'entry'
				? 'প্রতিটি এন্ট্রিতে অন্তত একটি সূত্র লাগবে, যেমন sources:\n  - name: topicsbox.com'
				: 'প্রতিটি পরিষেবায় অন্তত একটি সূত্র লাগবে, যেমন sources:\n  - name: metastatus.com',
		entryIdNotText: (what) => `${what} হতে হবে টাইমলাইনের কোনো এন্ট্রির id, যেমন start: india-logout`,
		entryIdEmpty: (what) =>
			`${what} ফাঁকা; টাইমলাইনের কোনো এন্ট্রির id লিখুন, যেমন start: india-logout`,
		bylineForm:
			'byline হতে হবে একটি নাম, যেমন byline: "নিজস্ব সংবাদদাতা" (বা byline: { bn: নিজস্ব সংবাদদাতা, en: Staff reporter })',
		translationRepeats: (field, original) =>
			`অনুবাদে ${field} আবার লেখা হয় না; এটি একবারই থাকে, মূল (${original}) সংস্করণে`,
		storyNeedsZone:
			'প্রতিবেদনের টাইম জোন লাগবে, যে জোনে এর স্থানীয় সময়গুলো লেখা, যেমন zone: Asia/Kolkata',
		timelineEmpty:
			'টাইমলাইন ফাঁকা; npm run add:entry দিয়ে অন্তত একটি এন্ট্রি যোগ করুন (ততক্ষণ draft: true রাখুন), যেমন timeline:\n  - id: outage-begins\n    time: "2024-03-05 21:00"\n    …',
		idDuplicate: (id, first) =>
			`id "${id}" টাইমলাইনের এন্ট্রি ${d(first)} আগেই ব্যবহার করেছে; প্রতিটি এন্ট্রিকে আলাদা id দিন, যেমন id: ${id}-2`,
		correctionNeedsUpdated: (zone) =>
			`সংশোধনীর সঙ্গে তা কখন করা হলো সেই সময় লাগবে; updated: "2024-03-05 23:10" যোগ করুন (প্রতিবেদনের জোনে, ${zone ?? 'ফাইলের মাথার zone:'})`,
		restorationBeforeStart: (time, zone, startEntry, startTime, startZone) =>
			`এই পরিষেবা ফেরা (${time}, ${zone}) বিভ্রাট শুরুর আগে পড়েছে: টাইমলাইনের এন্ট্রি ${d(startEntry)} বিভ্রাট শুরু করে ${startTime} (${startZone})-এ। সময়, তার জোন, দুটি এন্ট্রির kind আর তারিখ মিলিয়ে দেখুন, যেমন শুরু "2024-03-05 21:00" হলে পরিষেবা ফেরা time: "2024-03-05 22:00"`,
		spanUnknownId: (id, field, known) =>
			`"${id}" id-র কোনো টাইমলাইন এন্ট্রি নেই; সময়সীমার ${field} এই প্রতিবেদনের টাইমলাইনের একটি এন্ট্রির নাম: ${known.map((k) => `"${k}"`).join(', ')}-এর একটি`,
		spanEndsBeforeStart: (endId, endTime, startId, startTime) =>
			`এই সময়সীমা শেষ হয় (এন্ট্রি "${endId}", ${endTime}) শুরু হওয়ার আগে বা একই সময়ে (এন্ট্রি "${startId}", ${startTime}); যে এন্ট্রিতে শেষ তাকে end: আর যেটিতে শুরু তাকে start: লিখুন`,
		localWithoutZone: (value) =>
			`"${value}" স্থানীয় সময়, কিন্তু এন্ট্রি বা প্রতিবেদন কোনোটিই বলছে না কোন জোনের; ফাইলের মাথায় zone: Asia/Kolkata যোগ করুন (বা এই এন্ট্রিতে), অথবা সময়টি UTC-তে লিখুন, যেমন time: "2024-03-05T15:30:00Z"`,
		noMonth: (month) => `${d(month)} নম্বর মাস নেই; মাস 01 থেকে 12`,
		noDay: (year, month, day, days) =>
			`${d(year)} সালের ${MONTHS[month - 1] ?? d(month)} মাসে ${d(day)} তারিখ নেই (মাসটিতে ${d(days)} দিন); তারিখ মিলিয়ে দেখুন`,
		notTimeOfDay: (clock) => `${clock} দিনের কোনো সময় নয়; ২৪ ঘণ্টার হিসাবে 00:00 থেকে 23:59 লিখুন`,
		dateWithoutClock: (value, example) =>
			`"${value}"-এ তারিখ আছে, দিনের সময় নেই; সময় যোগ করুন ("${example}") অথবা precision: day লিখুন`,
		dstSkipped: (wall, zone, example) =>
			`${wall} সময়টি ${zone}-এ কখনো আসেনি: দিনের আলো বাঁচাতে ঘড়ি তা লাফিয়ে গেছে। সূত্র মিলিয়ে দেখুন, অথবা UTC থেকে ব্যবধানসহ সময় লিখুন, যেমন "${example}"`,
		dstRepeated: (wall, zone, example) =>
			`${wall} সময়টি ${zone}-এ দুবার এসেছে, কারণ দিনের আলো বাঁচানো শেষে ঘড়ি পিছিয়েছে। কোনটি, তা বোঝাতে UTC থেকে ব্যবধানসহ লিখুন, যেমন "${example}"`,
		dayWithClock: (value, date) =>
			`"${value}"-এ দিনের সময় আছে, কিন্তু precision: day মানে শুধু তারিখ জানা; লিখুন time: "${date}", অথবা সময় রেখে precision: exact (বা approximate) দিন`,
		dayWithInstant: (value) =>
			`"${value}" UTC-র (বা ব্যবধানসহ) একটি মুহূর্ত, কিন্তু precision: day মানে শুধু তারিখ জানা, আর মুহূর্তের তারিখ জোনভেদে বদলায়; সূত্র যে তারিখ দিয়েছে তা লিখুন, যেমন time: "2024-03-05", অথবা precision: exact দিন`,
		dateInFuture: (field, when) => `${field}-এর সময় ${when}, যা ভবিষ্যতে; সাল আর তারিখ মিলিয়ে দেখুন`,
		dateBeforeEvents: (field, when, first) =>
			`${field}-এর সময় ${when}, প্রতিবেদনের প্রথম ঘটনার (${first}) আগে; সাল আর তারিখ মিলিয়ে দেখুন`,
		updatedBeforePublished: (updated, published) =>
			`updated (${updated}) প্রকাশের সময় published (${published})-এর আগে; প্রতিবেদন প্রকাশের পরেই হালনাগাদ হয়: দুটি তারিখ মিলিয়ে দেখুন`,
		statusMissing:
			'প্রতিবেদনে status নেই, পরিষেবা ফেরার কোনো এন্ট্রিও নেই, তাই পাতা বলতে পারে না বিভ্রাট মিটেছে কি না; বিভ্রাট চলতে থাকলে status: ongoing লিখুন, মিটে গেলে status: resolved',
		folderName: (slug) =>
			`ফোল্ডারের নাম "${slug}" প্রতিবেদনের ওয়েব ঠিকানা হয়, তাই তাতে শুধু ছোট হাতের ইংরেজি অক্ষর, অঙ্ক আর ড্যাশ চলে, যেমন meta-outage-2024-03-05`,
		editionFileName: (example) =>
			`সংস্করণের ফাইলের নাম হতে হবে bn.mdx (বাংলা) বা en.mdx (ইংরেজি); নাম বদলান, যেমন ${example}`,
		noEdition: (example) =>
			`এই প্রতিবেদনের ফোল্ডারে কোনো সংস্করণ নেই; bn.mdx আর en.mdx যোগ করুন (npm run new:story দুটিই বানায়), যেমন ${example}`,
		dotFolder: (name) =>
			`"${name}" ফোল্ডারের নাম ডট দিয়ে শুরু, তাই সাইট এটি বাদ দেয় আর এটি কখনো প্রকাশিত হয় না; ডট ছাড়া নাম দিন (যেমন ${name.replace(/^\.+/, '') || 'my-story'}) অথবা content/stories থেকে সরিয়ে নিন`,
		notAFolder: (name) =>
			`"${name}" কোনো প্রতিবেদনের ফোল্ডার নয়: এখানে শুধু প্রতিবেদনের ফোল্ডার থাকে (content/stories/<story>/bn.mdx আর en.mdx); এটি content/stories থেকে সরিয়ে নিন`,
		quoteNoEntry: (id, withQuote, example) =>
			`<PostQuote entry="${id}" /> কোনো টাইমলাইন এন্ট্রির নাম নয়; ${withQuote.length ? `উদ্ধৃতি আছে এই এন্ট্রিগুলোতে: ${withQuote.map((w) => `"${w}"`).join(', ')}` : 'এখনো কোনো এন্ট্রিতে quote: নেই'}, যেমন ${example}`,
		quoteNoQuote: (id, example) =>
			`<PostQuote entry="${id}" /> "${id}" এন্ট্রির উদ্ধৃতি দেখায়, কিন্তু সেই এন্ট্রিতে quote: নেই; এন্ট্রিতে একটি যোগ করুন (author, lang, text, url) বা অন্য এন্ট্রি উদ্ধৃত করুন, যেমন ${example}`,
		translationOfSelf: (lang, other) =>
			`translationOf: ${lang} বলছে এই সংস্করণ নিজেরই অনুবাদ; মূল সংস্করণের ভাষা লিখুন, যেমন translationOf: ${other}`,
		translationOfMissing: (of, file) =>
			`এই সংস্করণ বলছে এটি ${of === 'bn' ? 'বাংলা' : 'ইংরেজি'} সংস্করণের অনুবাদ (translationOf: ${of}), কিন্তু ${file} নেই। সেটি যোগ করুন (জোন আর টাইমলাইন তাতেই থাকে), অথবা এটিই মূল হলে translationOf লাইনটি মুছে এই ফাইলে জোন আর টাইমলাইন দিন, যেমন zone: Asia/Kolkata`,
		twoOriginals: (first, second) =>
			`${first}.mdx আর ${second}.mdx দুটিই বলছে তারা মূল সংস্করণ; অনুবাদে লিখতে হবে সেটি কোন সংস্করণের অনুবাদ, আর তাতে থাকবে শুধু শিরোনাম, সারাংশ আর লেখা, যেমন translationOf: ${first}`,
		pendingSelf: (pending, other) =>
			`translationPending: ${pending} এই সংস্করণেরই ভাষা; যে ভাষায় অনুবাদ এখনো চলছে সেটি লিখুন, যেমন translationPending: ${other}`,
		pendingExists: (pending, file) =>
			`translationPending: ${pending} বলছে ${pending === 'bn' ? 'বাংলা' : 'ইংরেজি'} সংস্করণের অনুবাদ এখনো চলছে, কিন্তু ${file} আছে; translationPending লাইনটি মুছে দিন, যাতে পাঠককে বলা না হয় যে সেটি নেই`,
		editionMissing: (lang, file, original, originalFile) =>
			`${lang === 'bn' ? 'বাংলা' : 'ইংরেজি'} সংস্করণ নেই। ${file} লিখুন, তাতে শিরোনাম, সারাংশ আর translationOf: ${original}; অথবা অনুবাদ চলাকালীন ${originalFile}-এ translationPending: ${lang} যোগ করুন, যাতে পাতা পাঠককে জানায়, যেমন translationPending: ${lang}`,
	},

	entryLabel: (n, id, time) =>
		`টাইমলাইনের এন্ট্রি ${d(n)}${id !== undefined || time !== undefined ? ` (${[id !== undefined ? `id ${id}` : '', time !== undefined ? `সময় ${time}` : ''].filter(Boolean).join(', ')})` : ''}`,
	fieldLabel: (field) => `ঘর "${field}"`,

	langUnknown: (value) =>
		`--lang ${JSON.stringify(value)}: বার্তা পাওয়া যায় bn (বাংলা) বা en (ইংরেজি) ভাষায়; যেমন --lang bn`,
	flagNeedsValue: (flag) => `${flag}-এর পরে একটি মান দিতে হবে, যেমন ${flag} "…"`,
	notAnOption: (arg) =>
		`${JSON.stringify(arg)} কোনো অপশন নয়: অপশন শুরু হয় -- দিয়ে, আর ফাঁকা জায়গাসহ মান উদ্ধৃতিচিহ্নে লিখতে হয়, যেমন --bn "পরিষেবা ফিরেছে"`,
	yesWords: ['হ্যাঁ', 'হ্যা', 'হাঁ'],
	noWords: ['না'],
	notYesNo: (answer) => `"${answer}" হ্যাঁ বা না কোনোটিই নয়; হ্যাঁ বা না লিখুন (yes বা no-ও চলে)`,
	dayWithClock: (date) =>
		`precision day মানে শুধু তারিখ জানা, কিন্তু এই সময়ে ঘড়ির সময়ও আছে; শুধু তারিখটি লিখুন, ${date}, অথবা সময় রেখে --precision exact বা approximate দিন`,
	offsetWithZone: (zone) =>
		`সময়টিতে UTC থেকে ব্যবধান আগেই লেখা আছে (শেষে Z বা +05:30), তাই --zone ${zone} তার সঙ্গে মেলে না; --zone বাদ দিন, অথবা ব্যবধান ছাড়া ${zone}-এর স্থানীয় সময় লিখুন`,
	storyUnreadable: (file, line, reason) =>
		`✗ কিছুই বদলানো হয়নি: ${file}${line ? ` (লাইন ${d(line)})` : ''} পড়া যাচ্ছে না: ${reason}`,
	idNotInTarget: (id, suggestion, story) =>
		`✗ --id ${JSON.stringify(id)}: ${story}-এ এই id-র একটি এন্ট্রি আগেই আছে; আগে দুটির একটির নাম বদলান (যেমন ${suggestion})। কিছুই বদলানো হয়নি`,
	cannotEdit: (file) =>
		`✗ কিছুই বদলানো হয়নি: ${file} এমনভাবে সাজানো যে অন্য লাইনে হাত না দিয়ে কমান্ডটি এটি বদলাতে পারে না; বদলটি নিজে করুন (EDITING.md-তে নিয়ম আছে), তারপর npm run check:content চালান`,
	crashed: (message) =>
		`✗ অপ্রত্যাশিত একটি ত্রুটিতে কমান্ড থেমে গেছে, কিছুই লেখা হয়নি। নিচের লাইনগুলোসহ সাইটের রক্ষণাবেক্ষণকারীকে জানান। (${message})`,

	pageTitle: 'একটি প্রতিবেদন ঠিক করতে হবে',
	pageHeading: 'দেখানোর আগে একটি প্রতিবেদন ঠিক করতে হবে',
	pageIntro:
		'নিচের সমস্যাগুলো ঠিক করে ফাইল সেভ করুন; পাতাটি নিজেই আবার খুলবে। একই তালিকা টার্মিনালে আছে, <code>npm run check:content</code>-ও এটি দেখায়।',
} satisfies EditorMessages;
