import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeStoryChange, publishLang, storyAddress } from '../../scripts/publish';
import { ROOT } from '../support/site';

const SLUG = 'meta-outage-2024-03-05';
const STORY = `content/stories/${SLUG}/bn.mdx`;
let repo: string;
let remote: string;

const git = (...args: string[]) =>
	execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

/** `npm run publish` as an editor runs it, in the temporary repository. */
function publish(env: Record<string, string> = {}, ...args: string[]) {
	const result = spawnSync(
		process.execPath,
		['--import', import.meta.resolve('tsx'), join(ROOT, 'scripts', 'publish.ts'), ...args],
		{
			cwd: repo,
			encoding: 'utf8',
			env: {
				...process.env,
				LANG: 'en_GB.UTF-8',
				SITE_URL: 'https://news.example',
				BASE_PATH: '/outages/',
				...env,
			},
		},
	);
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The valid fixture story with one more entry after its last. */
function addEntry(id: string) {
	const file = join(repo, STORY);
	const text = readFileSync(file, 'utf8');
	const entry = `  - id: ${id}\n    time: "2024-03-05 22:30"\n    precision: approximate\n    kind: update\n    text:\n      bn: আরও খবর।\n      en: More news.\n    sources:\n      - name: { bn: এই প্রতিবেদন, en: The Bengali report }\n`;
	writeFileSync(file, text.replace(/\n---\n/, `\n${entry}---\n`));
}

beforeEach(() => {
	remote = mkdtempSync(join(tmpdir(), 'publish-remote-'));
	repo = mkdtempSync(join(tmpdir(), 'publish-repo-'));
	execFileSync('git', ['init', '-q', '--bare', remote]);
	git('init', '-q', '-b', 'main');
	git('config', 'user.name', 'Editor');
	git('config', 'user.email', 'editor@example.org');
	cpSync(join(ROOT, 'tests/fixtures/stories/valid'), join(repo, 'content/stories'), {
		recursive: true,
	});
	writeFileSync(join(repo, 'README.md'), 'site\n');
	git('add', '.');
	git('commit', '-qm', 'start');
	git('remote', 'add', 'origin', remote);
	git('push', '-q', 'origin', 'main');
});
afterEach(() => {
	rmSync(repo, { recursive: true, force: true });
	rmSync(remote, { recursive: true, force: true });
});

describe('npm run publish', () => {
	it('commits the story with its new entry named, pushes, and prints where it will appear', () => {
		addEntry('more-news');
		const { status, output } = publish();
		expect(status, output).toBe(0);
		expect(git('log', '-1', '--format=%s')).toBe(`Story ${SLUG}: new entry more-news`);
		expect(git('status', '--porcelain')).toBe('');
		expect(
			execFileSync('git', ['--git-dir', remote, 'log', '-1', '--format=%s', 'main'], {
				encoding: 'utf8',
			}).trim(),
		).toBe(`Story ${SLUG}: new entry more-news`);
		expect(output).toContain(`https://news.example/outages/bn/${SLUG}/`);
		expect(output).toContain(`https://news.example/outages/en/${SLUG}/`);
	});

	it('refuses when files outside content/ changed, and commits nothing', () => {
		addEntry('more-news');
		writeFileSync(join(repo, 'README.md'), 'changed\n');
		const before = git('rev-parse', 'HEAD');
		const { status, output } = publish();
		expect(status).toBe(1);
		expect(output).toContain('Not published: these files outside content/ have changes');
		expect(output).toContain('  README.md');
		expect(git('rev-parse', 'HEAD')).toBe(before);
	});

	it('refuses when there is nothing to publish', () => {
		const { status, output } = publish();
		expect(status).toBe(1);
		expect(output).toContain('Nothing to publish');
	});

	it('refuses when the check fails, in Bengali under a Bengali locale', () => {
		const file = join(repo, STORY);
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('kind: restoration', 'kind: outage-end'),
		);
		const before = git('rev-parse', 'HEAD');
		const { status, output } = publish({ LANG: 'bn_BD.UTF-8' });
		expect(status).toBe(1);
		expect(output).toContain('kind "outage-end" is not allowed');
		expect(output).toContain('প্রকাশ হয়নি: যাচাইয়ে সমস্যা পাওয়া গেছে');
		expect(git('rev-parse', 'HEAD')).toBe(before);
	});

	it('says "nothing to publish" in Bengali with --lang bn', () => {
		const { output } = publish({}, '--lang', 'bn');
		expect(output).toContain('প্রকাশ করার কিছু নেই');
	});
});

describe('publish helpers', () => {
	it('names new, changed and removed entries', () => {
		const doc = (entries: string) => `---\ntitle: x\ntimeline:\n${entries}---\n`;
		const a = '  - id: a\n    text: one\n';
		const b = '  - id: b\n    text: two\n';
		expect(
			describeStoryChange('s', [
				{ before: doc(a + b), after: doc(`  - id: a\n    text: uno\n  - id: c\n    text: new\n`) },
			]),
		).toBe('s: new entry c; changed a; removed b');
		expect(describeStoryChange('s', [{ before: doc(a), after: doc(a) }])).toBe('s: text changed');
	});

	it('chooses Bengali from the flag or the locale', () => {
		expect(publishLang(undefined, { LANG: 'bn_BD.UTF-8' })).toBe('bn');
		expect(publishLang(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
		expect(publishLang('bn', {})).toBe('bn');
	});

	it('builds the address from SITE_URL and BASE_PATH', () => {
		expect(storyAddress('x', 'en', { SITE_URL: 'https://a.example', BASE_PATH: 'news' })).toBe(
			'https://a.example/news/en/x/',
		);
	});
});
