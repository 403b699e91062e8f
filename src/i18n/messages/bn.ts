import { bengaliDigits as d } from '../bengaliDigits';
import type { EditorMessages } from './catalog';

const list = (values: readonly string[]) => values.join(', ');

/** The editor tools' and the checker's messages in Bengali, for the newsroom's editors. */
export const messagesBn = {
	badFlag: (flag, value, problem) => `✗ ${flag} ${JSON.stringify(value)}: ${problem}`,
	noTerminal: (flag) =>
		`কিছুই লেখা হয়নি। আবার জিজ্ঞেস করার মতো টার্মিনাল নেই (স্ক্রিপ্ট, CI বা পাইপ), তাই অনুমান না করে কমান্ড থেমে গেল: ${flag} ঠিক করে আবার চালান।`,
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
		`${zone}-এর স্থানীয় সময়, ২৪ ঘণ্টার হিসাবে ইংরেজি অঙ্কে: যেমন 2024-03-05 21:00 (precision day হলে শুধু 2024-03-05)। UTC-র সময় শেষ হয় Z দিয়ে: 2024-03-05T15:30:00Z।`,
	askKind: (values) => `কী ধরনের এন্ট্রি (${list(values)})`,
	helpKind:
		'outage-start: পরিষেবা বন্ধ হলো। investigating: সংস্থা খতিয়ে দেখছে। identified: কারণ খুঁজে পেয়েছে। recovering: পরিষেবা ফেরানো হচ্ছে। restoration: আবার চালু হলো। statement: সংস্থা কিছু বলল। update: বাকি সব।',
	askBn: 'কী ঘটেছে, বাংলায়',
	askEn: 'কী ঘটেছে, ইংরেজিতে',
	askSource: 'সূত্র: কে জানিয়েছে (সংবাদমাধ্যম, সাইট বা ব্যক্তি)',
	helpSource: 'যেমন topicsbox.com',
	askSourceUrl: 'সূত্রের লিংক (না থাকলে Enter)',
	askSourceDetail: 'কোন লেখা: তার তারিখ বা শিরোনাম (না থাকলে Enter)',
	askKey: 'এটা কি মূল মুহূর্ত, পাতায় আলাদা করে দেখানো হবে (y/n)',
	askId: 'এন্ট্রির ছোট id',
	noOriginal: (slug) =>
		`✗ ${slug}-এ মূল সংস্করণ নেই (translationOf ছাড়া একটি bn.mdx বা en.mdx লাগবে)`,
	wouldBeInvalid: (file) => `✗ ${file}-এ কিছুই লেখা হয়নি; এই বদলে প্রতিবেদনটি ভুল হয়ে যেত:`,
	added: (position, id, time, zone, file) =>
		`✓ ${file}-এ টাইমলাইনের ${d(position)} নম্বর এন্ট্রি যোগ হলো (id "${id}", ${time} ${zone})।\n  যাচাই: npm run check:content · দেখুন: npm run dev`,

	askSlug: 'প্রতিবেদনের ফোল্ডারের নাম (এটাই ওয়েব ঠিকানা হবে)',
	helpSlug: 'ছোট হাতের ইংরেজি শব্দ, মাঝে ড্যাশ, সঙ্গে তারিখ, যেমন whatsapp-outage-2024-04-03',
	askStoryZone: 'প্রতিবেদনের টাইম জোন',
	helpStoryZone:
		'প্রতিবেদনের বেশির ভাগ সময় যে জোনে দেওয়া, যেমন Asia/Kolkata (ভারত) বা Asia/Dhaka (বাংলাদেশ)',
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
	confirmRemove: 'এন্ট্রিটি মুছে ফেলবেন? মুছতে yes লিখুন',
	confirmMove: (to) => `এন্ট্রিটি ${to}-এ সরাবেন? সরাতে yes লিখুন`,
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
  --time "<সময়>"          যেমন "2024-03-05 21:00" (স্থানীয়) বা "2024-03-05T15:30:00Z" (UTC)
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

ব্যবহার: npm run check:content -- [--dir <ফোল্ডার>] [--lang bn|en]
কোনো প্রতিবেদনে সমস্যা না থাকলে (সতর্কতা থাকতে পারে) exit status 0, নইলে 1।`,
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

	entryLabel: (n, id, time) =>
		`টাইমলাইনের এন্ট্রি ${d(n)}${id !== undefined || time !== undefined ? ` (${[id !== undefined ? `id ${id}` : '', time !== undefined ? `সময় ${time}` : ''].filter(Boolean).join(', ')})` : ''}`,
	fieldLabel: (field) => `ঘর "${field}"`,

	pageTitle: 'একটি প্রতিবেদন ঠিক করতে হবে',
	pageHeading: 'দেখানোর আগে একটি প্রতিবেদন ঠিক করতে হবে',
	pageIntro:
		'নিচের সমস্যাগুলো ঠিক করে ফাইল সেভ করুন; পাতাটি নিজেই আবার খুলবে। একই তালিকা টার্মিনালে আছে, <code>npm run check:content</code>-ও এটি দেখায়।',
} satisfies EditorMessages;
