import type { UIStrings } from './en';

/** Bengali interface strings. */
export const bn = {
	'site.name': 'সময়রেখা',
	'site.tagline': 'বিভ্রাটের ঘটনাক্রম, যেমনটা ঘটেছে',
	'nav.skip': 'মূল প্রতিবেদনে যান',
	'nav.home': 'সব প্রতিবেদন',
	'nav.languages': 'ভাষা',
	'nav.readIn': 'পড়ুন',
	'index.title': 'বিভ্রাটের প্রতিবেদন',
	'index.description': 'ইন্টারনেট পরিষেবা বিভ্রাটের প্রতিবেদন ও ঘটনাক্রম, বাংলা ও ইংরেজিতে।',
	'index.empty': 'এখনও কোনও প্রতিবেদন নেই।',
	'story.translationOf': 'এটি একটি অনূদিত সংস্করণ।',
	'story.readOriginal': 'মূল প্রতিবেদন পড়ুন',
	'timeline.heading': 'ঘটনাক্রম',
	'timeline.intro':
		'সময় দেওয়া হয়েছে {zone} ও UTC-তে। সূত্র যেখানে আনুমানিক সময় দিয়েছে, সেখানে ‘নাগাদ’ লেখা।',
	'timeline.lasted': 'বিভ্রাট চলেছিল',
	'timeline.disputedDuration':
		'কখন শুরু ও কখন শেষ, তা নিয়ে সূত্রগুলির মধ্যে ফারাক রয়েছে, তাই একটি পরিসর দেওয়া হল।',
	'timeline.ongoing': 'পরিষেবা ফেরার খবর এখনও মেলেনি।',
	'timeline.spanBefore': '',
	'timeline.spanMiddle': 'থেকে',
	'timeline.spanAfter': 'পর্যন্ত',
	'timeline.source': 'সূত্র',
	'timeline.sources': 'সূত্র',
	'timeline.otherTime': 'অন্য সূত্রে সময়',
	'timeline.yourZone': 'আপনার সময়',
	'timeline.dateHeading': 'তারিখ',
	'kind.outage-start': 'বিভ্রাট শুরু',
	'kind.update': 'আপডেট',
	'kind.statement': 'বিবৃতি',
	'kind.restoration': 'পরিষেবা স্বাভাবিক',
	'quote.on': '{platform}-এ',
	'quote.viewPost': '{platform}-এ {author}-এর পোস্ট',
	'footer.about':
		'সময়রেখা একটি স্ট্যাটিক ঘটনাক্রম সাইট। কোনও ট্র্যাকার নেই, বাইরের কোনও সার্ভারে অনুরোধ যায় না।',
} as const satisfies UIStrings;
