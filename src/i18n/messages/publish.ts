import type { Lang } from '../locales';
import { bengaliDigits } from '../bengaliDigits';

/** Why `git push` failed, in the words an editor can act on. */
export type PushFailure =
	/** The remote has commits this copy does not (someone else published first). */
	| 'behind'
	/** The remote refused the commits: a hook, a protected branch, no right to push. */
	| 'refused'
	/** The remote refused the login (password, token or SSH key). */
	| 'login'
	/** The remote could not be reached: no network, a wrong address, a server down. */
	| 'network'
	/** Anything else: git's own words are shown. */
	| 'other';

/** A commit not yet on the remote: its short hash and subject. */
export interface Pending {
	hash: string;
	subject: string;
}

const listed = (lines: readonly string[]) => lines.map((line) => `  ${line}`).join('\n');
const commits = (pending: readonly Pending[]) =>
	listed(pending.map((c) => `${c.hash} ${c.subject}`));

/** `npm run publish`'s messages in English. */
const en = {
	notRepo: 'This folder is not a git repository: run npm run publish in the Somoyrekha folder.',
	outside: (files: string[]) =>
		`Not published: these files outside content/ have changes, and only story files are an editor's to publish:\n${listed(files)}\nAsk a developer, or undo them (git restore <file>), then run npm run publish again.`,
	pendingOutside: (remote: string, pending: Pending[], files: string[]) =>
		`Not published: these commits are not yet on ${remote}, and they change files outside content/, which are not an editor's to publish:\n${commits(pending)}\nFiles: ${files.join(', ')}\nAsk a developer to push them, then run npm run publish again.`,
	nothing: (remote: string) =>
		`Nothing to publish: no story file under content/ has changed, and every commit is on ${remote} already.`,
	noRemote:
		'Not published: this copy has no remote to push to (git remote), so the site cannot get the change. Nothing was committed. Ask a developer to set one (git remote add origin <address>), then run npm run publish again.',
	checkFailed:
		'Not published: the check found problems (above). Fix them, save, and run npm run publish again.',
	commitFailed: (reason: string) =>
		`Not published: git could not commit the change (${reason}). Nothing was committed. If git asks who you are, run git config user.name "Your Name" and git config user.email you@example.org, then run npm run publish again.`,
	committed: (message: string) => `✓ Committed: ${message}`,
	pending: (remote: string, pending: Pending[]) =>
		`Committed by an earlier run but not yet on ${remote}; pushing ${pending.length === 1 ? 'it' : 'them'} now:\n${commits(pending)}`,
	pushed: (remote: string) =>
		`✓ Pushed to ${remote}. The site is rebuilt and deployed in about a minute.`,
	pushFailed: {
		behind: (remote: string) =>
			`Not published: ${remote} refused the push because it has changes this copy does not have (someone else published first).`,
		refused: (remote: string) =>
			`Not published: ${remote} refused the push (its reason is below): a protected branch, a check on the server, or no right to push.`,
		login: (remote: string) =>
			`Not published: ${remote} refused your login (password, token or SSH key).`,
		network: (remote: string) =>
			`Not published: could not reach ${remote} (no network, or a wrong address for the remote).`,
		other: (remote: string) => `Not published: the push to ${remote} failed (git's words below).`,
	} satisfies Record<PushFailure, (remote: string) => string>,
	gitSaid: 'git said:',
	pushFix: {
		behind: 'Run git pull --rebase, then npm run publish again.',
		refused: 'Ask a developer to let the push through, then run npm run publish again.',
		login: 'Sign in again (or ask a developer for access), then run npm run publish again.',
		network: 'When the network is back, run npm run publish again.',
		other: 'Show this to a developer, or run npm run publish again later.',
	} satisfies Record<PushFailure, string>,
	keptForNextRun: (count: number) =>
		`The change is committed here (${count} ${count === 1 ? 'commit' : 'commits'} not yet on the remote); the next npm run publish pushes ${count === 1 ? 'it' : 'them'}.`,
	where: 'It will appear at:',
	badOption: (option: string) =>
		`✗ ${option} is not an option of npm run publish. Nothing was done. It takes only the language of its messages, e.g. npm run publish -- --lang bn`,
	badLang: (value: string) =>
		`✗ --lang "${value}": use bn (Bengali) or en (English), e.g. npm run publish -- --lang bn. Nothing was done.`,
};

/** `npm run publish`'s messages in Bengali: a missing one fails the type check. */
const bn: PublishMessages = {
	notRepo: 'এই ফোল্ডারটি git রিপোজিটরি নয়: সময়রেখা ফোল্ডারে গিয়ে npm run publish চালান।',
	outside: (files) =>
		`প্রকাশ হয়নি: content/-এর বাইরের এই ফাইলগুলোতে পরিবর্তন আছে; সম্পাদক শুধু প্রতিবেদনের ফাইল প্রকাশ করেন:\n${listed(files)}\nএকজন ডেভেলপারকে জানান, অথবা পরিবর্তনগুলো ফিরিয়ে নিন (git restore <ফাইল>), তারপর আবার npm run publish চালান।`,
	pendingOutside: (remote, pending, files) =>
		`প্রকাশ হয়নি: এই কমিটগুলো এখনও ${remote}-এ যায়নি, আর এগুলো content/-এর বাইরের ফাইল বদলায়, যা সম্পাদকের প্রকাশ করার নয়:\n${commits(pending)}\nফাইল: ${files.join(', ')}\nএকজন ডেভেলপারকে এগুলো পাঠাতে বলুন, তারপর আবার npm run publish চালান।`,
	nothing: (remote) =>
		`প্রকাশ করার কিছু নেই: content/-এর কোনো প্রতিবেদন ফাইল বদলায়নি, আর সব কমিট আগেই ${remote}-এ পাঠানো হয়েছে।`,
	noRemote:
		'প্রকাশ হয়নি: এই কপির কোনো রিমোট নেই (git remote), তাই সাইট পরিবর্তনটি পাবে না। কিছুই কমিট হয়নি। একজন ডেভেলপারকে রিমোট ঠিক করে দিতে বলুন (git remote add origin <ঠিকানা>), তারপর আবার npm run publish চালান।',
	checkFailed:
		'প্রকাশ হয়নি: যাচাইয়ে সমস্যা পাওয়া গেছে (উপরে দেখুন)। ঠিক করে সংরক্ষণ করুন, তারপর আবার npm run publish চালান।',
	commitFailed: (reason) =>
		`প্রকাশ হয়নি: git পরিবর্তনটি কমিট করতে পারেনি (${reason})। কিছুই কমিট হয়নি। git যদি জানতে চায় আপনি কে, তাহলে git config user.name "আপনার নাম" আর git config user.email you@example.org চালান, তারপর আবার npm run publish চালান।`,
	committed: (message) => `✓ কমিট হয়েছে: ${message}`,
	pending: (remote, pending) =>
		`আগের একবারের চেষ্টায় কমিট হয়েছে, কিন্তু এখনও ${remote}-এ যায়নি; এখন পাঠানো হচ্ছে:\n${commits(pending)}`,
	pushed: (remote) =>
		`✓ ${remote}-এ পাঠানো হয়েছে। মিনিটখানেকের মধ্যে সাইট নতুন করে তৈরি হয়ে প্রকাশিত হবে।`,
	pushFailed: {
		behind: (remote) =>
			`প্রকাশ হয়নি: ${remote} পাঠানো ফিরিয়ে দিয়েছে, কারণ সেখানে এমন পরিবর্তন আছে যা এই কপিতে নেই (অন্য কেউ আগে প্রকাশ করেছেন)।`,
		refused: (remote) =>
			`প্রকাশ হয়নি: ${remote} পাঠানো ফিরিয়ে দিয়েছে (কারণ নিচে): সুরক্ষিত ব্রাঞ্চ, সার্ভারের কোনো যাচাই, অথবা পাঠানোর অনুমতি নেই।`,
		login: (remote) => `প্রকাশ হয়নি: ${remote} আপনার লগইন গ্রহণ করেনি (পাসওয়ার্ড, টোকেন বা SSH কী)।`,
		network: (remote) =>
			`প্রকাশ হয়নি: ${remote}-এর সঙ্গে যোগাযোগ করা যায়নি (নেটওয়ার্ক নেই, অথবা রিমোটের ঠিকানা ভুল)।`,
		other: (remote) => `প্রকাশ হয়নি: ${remote}-এ পাঠানো ব্যর্থ হয়েছে (git-এর কথা নিচে)।`,
	},
	gitSaid: 'git যা বলেছে:',
	pushFix: {
		behind: 'git pull --rebase চালান, তারপর আবার npm run publish চালান।',
		refused: 'একজন ডেভেলপারকে পাঠানোর অনুমতি দিতে বলুন, তারপর আবার npm run publish চালান।',
		login: 'আবার লগইন করুন (অথবা ডেভেলপারের কাছে অনুমতি চান), তারপর আবার npm run publish চালান।',
		network: 'নেটওয়ার্ক ফিরলে আবার npm run publish চালান।',
		other: 'এটি একজন ডেভেলপারকে দেখান, অথবা পরে আবার npm run publish চালান।',
	},
	keptForNextRun: (count) =>
		`পরিবর্তনটি এখানে কমিট হয়ে আছে (${bengaliDigits(count)}টি কমিট এখনও রিমোটে যায়নি); পরের বার npm run publish চালালে পাঠানো হবে।`,
	where: 'যেখানে দেখা যাবে:',
	badOption: (option) =>
		`✗ ${option} npm run publish-এর কোনো অপশন নয়। কিছুই করা হয়নি। এটি শুধু বার্তার ভাষা নেয়, যেমন npm run publish -- --lang bn`,
	badLang: (value) =>
		`✗ --lang "${value}": bn (বাংলা) বা en (ইংরেজি) লিখুন, যেমন npm run publish -- --lang bn। কিছুই করা হয়নি।`,
};

/** The messages of `npm run publish`, one shape in every language. */
export type PublishMessages = typeof en;

/** `npm run publish`'s messages by language, e.g. `publishMessages.bn.noRemote`. */
export const publishMessages = { en, bn } satisfies Record<Lang, PublishMessages>;
