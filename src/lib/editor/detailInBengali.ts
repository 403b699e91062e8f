/** A rule's English wording and its Bengali, with `$1`… for the parts taken from the message. */
const RULES: [RegExp, string][] = [
	[
		/^(precision|kind|the service status) "(.+)" is not allowed; use one of (.+?), e\.g\. (.+)$/s,
		'$1 "$2" চলবে না; এগুলোর একটি লিখুন: $3, যেমন $4',
	],
	[
		/^(precision|kind|the service status) is missing; use one of (.+?), e\.g\. (.+)$/s,
		'$1 লেখা নেই; এগুলোর একটি লিখুন: $2, যেমন $3',
	],
	[
		/^"(.+)" is not a time zone name; did you mean "(.+)"\? Use a name .*$/s,
		'"$1" কোনো টাইম জোনের নাম নয়; আপনি কি "$2" বোঝাতে চেয়েছেন? টাইম জোন ডেটাবেসের নাম লিখুন, যেমন zone: Asia/Kolkata (ভারত), zone: Asia/Dhaka (বাংলাদেশ) বা zone: UTC',
	],
	[
		/^"(.+)" is not a time zone name\. Use a name .*$/s,
		'"$1" কোনো টাইম জোনের নাম নয়। টাইম জোন ডেটাবেসের নাম লিখুন, যেমন zone: Asia/Kolkata (ভারত), zone: Asia/Dhaka (বাংলাদেশ) বা zone: UTC',
	],
	[
		/^(\w+ \d{4}) has no day (\d+) \(it has (\d+) days\); check the date/,
		'$1-এ $2 তারিখ নেই (মাসটিতে $3 দিন); তারিখ মিলিয়ে দেখুন',
	],
	[/^there is no month (\d+); months go from 01 to 12/, '$1 নম্বর মাস নেই; মাস 01 থেকে 12'],
	[
		/^(\d\d:\d\d) is not a time of day; use 24-hour time from 00:00 to 23:59/,
		'$1 দিনের কোনো সময় নয়; ২৪ ঘণ্টার হিসাবে 00:00 থেকে 23:59 লিখুন',
	],
	[
		/^"(.+)" is not a time; (?:write it as|write the date).*$/s,
		'"$1" কোনো সময় নয়; লিখুন এভাবে: "2024-03-05 21:00" (এন্ট্রির জোনের স্থানীয় সময়) বা "2024-03-05T15:30:00Z"',
	],
	[
		/^"(.+)" has a date but no time of day; add the time \("(.+)"\) or set precision: day$/,
		'"$1"-এ তারিখ আছে, দিনের সময় নেই; সময় যোগ করুন ("$2") অথবা precision: day লিখুন',
	],
	[
		/^the time must be in quotes, .*e\.g\. time: "(\d{4}-\d\d-\d\d)" .*$/s,
		'সময়টি উদ্ধৃতিচিহ্নে লিখতে হবে, নইলে YAML এটিকে UTC-র তারিখ হিসেবে পড়ে আর স্থানীয় সময় হারিয়ে যায়; সূত্র যেভাবে দিয়েছে সেভাবে উদ্ধৃতিচিহ্নে লিখুন, যেমন time: "$1" (শুধু তারিখ, সঙ্গে precision: day) বা time: "$1 21:00"',
	],
	[
		/^the id "(.+)" is already used by timeline entry (\d+); give each entry its own id, e\.g\. id: (.+)$/,
		'id "$1" টাইমলাইনের এন্ট্রি $2 আগেই ব্যবহার করেছে; প্রতিটি এন্ট্রিকে আলাদা id দিন, যেমন id: $3',
	],
	[
		/^this restoration \((.+?)\) comes before the outage began: timeline entry (\d+) starts it at (.+?)\. Check .*$/s,
		'এই পরিষেবা ফেরা ($1) বিভ্রাট শুরুর আগে পড়েছে: টাইমলাইনের এন্ট্রি $2 বিভ্রাট শুরু করে $3-এ। সময়, তার জোন, দুটি এন্ট্রির kind আর তারিখ মিলিয়ে দেখুন',
	],
	[
		/^(\S+ \S+) never happened in (\S+): the clocks skipped it for daylight saving\. .*e\.g\. (".+?").*$/s,
		'$1 সময়টি $2-এ কখনো আসেনি: দিনের আলো বাঁচাতে ঘড়ি তা লাফিয়ে গেছে। সূত্র মিলিয়ে দেখুন, অথবা UTC থেকে ব্যবধানসহ সময় লিখুন, যেমন $3',
	],
	[
		/^(\S+ \S+) happened twice in (\S+), because the clocks went back for daylight saving\. .*e\.g\. (".+?").*$/s,
		'$1 সময়টি $2-এ দুবার এসেছে, কারণ দিনের আলো বাঁচানো শেষে ঘড়ি পিছিয়েছে। কোনটি, তা বোঝাতে UTC থেকে ব্যবধানসহ লিখুন, যেমন $3',
	],
	[
		/^"(.+)" is a local time, but neither this entry nor the story says which time zone it is in; .*$/s,
		'"$1" স্থানীয় সময়, কিন্তু এন্ট্রি বা প্রতিবেদন কোনোটিই বলছে না কোন জোনের; ফাইলের মাথায় zone: Asia/Kolkata যোগ করুন (বা এই এন্ট্রিতে), অথবা সময়টি UTC-তে লিখুন, যেমন time: "2024-03-05T15:30:00Z"',
	],
	[
		/^the story needs its time zone, .*$/s,
		'প্রতিবেদনের টাইম জোন লাগবে, যে জোনে এর স্থানীয় সময়গুলো লেখা, যেমন zone: Asia/Kolkata',
	],
	[
		/^the timeline is empty; .*$/s,
		'টাইমলাইন ফাঁকা; npm run add:entry দিয়ে অন্তত একটি এন্ট্রি যোগ করুন (ততক্ষণ draft: true রাখুন)',
	],
	[
		/^The (Bengali|English) (.+?) \((bn|en)\) is missing; write it, e\.g\. (.+)$/s,
		'$3: লেখা নেই; লিখুন, যেমন $4',
	],
	[
		/^The (Bengali|English) (.+?) \((bn|en)\) is empty; write it, e\.g\. (.+)$/s,
		'$3: ফাঁকা; লিখুন, যেমন $4',
	],
	[
		/^"(.+?)" is not a field (.+?) can have; did you mean "(.+?)"\? The fields are (.+?), e\.g\. .*$/s,
		'"$1" এখানে কোনো ঘর নয়; আপনি কি "$3" বোঝাতে চেয়েছেন? ঘরগুলো: $4',
	],
	[
		/^"(.+?)" is not a field (.+?) can have\. The fields are (.+?), e\.g\. .*$/s,
		'"$1" এখানে কোনো ঘর নয়। ঘরগুলো: $3',
	],
	[
		/^every entry needs at least one source, .*$/s,
		'প্রতিটি এন্ট্রিতে অন্তত একটি সূত্র লাগবে, যেমন sources:\n  - name: topicsbox.com',
	],
	[
		/^(?:The source link|The post link) \(url\) "(.+)" is not a web address; .*$/s,
		'"$1" কোনো ওয়েব ঠিকানা নয়; লিংক শুরু হতে হবে https:// (বা http://) দিয়ে, যেমন url: https://x.com/andymstone',
	],
	[/^(.+?) is missing; write it, e\.g\. (.+)$/s, '$1 লেখা নেই; লিখুন, যেমন $2'],
	[/^(.+?) is empty; write it, e\.g\. (.+)$/s, '$1 ফাঁকা; লিখুন, যেমন $2'],
];

/**
 * The Bengali of a schema rule's English message, when it is one the editors meet often, e.g.
 * `precision "roughly" is not allowed; …` → `precision "roughly" চলবে না; …`; otherwise the English.
 */
export function detailInBengali(message: string): string {
	const [text, example] = message.split('. A valid example:\n');
	for (const [rule, bn] of RULES) {
		if (rule.test(text!)) {
			const out = text!.replace(rule, bn);
			return example === undefined ? out : `${out}। সঠিক উদাহরণ:\n${example}`;
		}
	}
	return example === undefined ? message : `${text}. সঠিক উদাহরণ:\n${example}`;
}
