import type { EditorMessages } from './catalog';

const list = (values: readonly string[]) => values.join(', ');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The editor tools' and the checker's messages in English. */
export const messagesEn = {
	badFlag: (flag, value, problem) => `✗ ${flag} ${JSON.stringify(value)}: ${problem}`,
	noTerminal: (flag) =>
		`Nothing was written. With no terminal to ask again (a script, CI or a pipe), the command stops rather than guess: correct ${flag} and run it again.`,
	askAgain: 'Type the value again.',
	answerNeeded: 'an answer is needed',
	noDefaultAfterMistake:
		'an answer is needed: the value given was wrong, so Enter does not pick a default for it',
	missingAnswer: (flag) => `no answer for ${flag}; pass it on the command line, e.g. ${flag} "…"`,
	unknownFlag: (flag, known) =>
		`${flag} is not an option of this command; the options are ${known}`,
	zoneUnknown: (value, guess) =>
		`"${value}" is not a time zone name${guess ? `; did you mean ${guess}?` : '.'} Use a name such as Asia/Kolkata (India), Asia/Dhaka (Bangladesh), America/New_York (US Eastern) or UTC`,
	storyUnknown: (value, guess, stories) =>
		`there is no story "${value}"${guess ? `; did you mean ${guess}?` : ''}${stories.length ? ` The stories are ${list(stories)}` : ' There are no stories yet: npm run new:story'}`,
	idForm: 'use lowercase letters, digits and dashes, e.g. status-page-update',
	idTaken: (id, suggestion) =>
		`"${id}" is already used by another entry of this story; choose another id, e.g. ${suggestion}`,
	idUnknown: (id, guess, ids) =>
		`this story has no entry with the id "${id}"${guess ? `; did you mean ${guess}?` : ''} Its entries are ${list(ids)}`,
	urlNotWeb:
		'a link must be a web address starting with https:// (or http://), e.g. https://x.com/andymstone; javascript: and other kinds of link are refused',
	notOneOf: (answer, values) =>
		`"${answer}" is not one of ${list(values)}; e.g. ${values[0] ?? ''}`,
	slugForm: 'use only lowercase letters, digits and dashes, e.g. whatsapp-outage-2024-04-03',
	slugExists: (slug) =>
		`a story named "${slug}" already exists; choose another name, e.g. ${slug}-2`,
	textControl: (what, code) =>
		`the ${what} contains an invisible control character (${code}) that breaks the feeds; type the text again without it`,

	askStory: 'Story (its folder name)',
	helpStory: (stories) =>
		`Stories: ${stories.length ? list(stories) : '(none yet: npm run new:story)'}`,
	askZone: 'Time zone of that time',
	helpZone: (storyZone) =>
		`The story's zone is ${storyZone}. Name the zone the source gave the time in, e.g. America/New_York (US Eastern) or Asia/Kolkata (India).`,
	askPrecision: (values) => `How precise is it (${list(values)})`,
	helpPrecision:
		'exact: the source gives the minute. approximate: "around 9 p.m.". day: only the date is known.',
	askTime: 'When did it happen',
	helpTime: (zone) =>
		`Local time in ${zone}, 24-hour: e.g. 2024-03-05 21:00 (for precision day, just 2024-03-05). A time in UTC ends in Z: 2024-03-05T15:30:00Z.`,
	askKind: (values) => `What kind of entry (${list(values)})`,
	helpKind:
		'outage-start: the service fails. investigating: the company is looking into it. identified: it has found the cause. recovering: service is being restored. restoration: it works again. statement: the company says something. update: anything else.',
	askBn: 'What happened, in Bengali',
	askEn: 'What happened, in English',
	askSource: 'Source: who reported it (publication, site or person)',
	helpSource: 'e.g. topicsbox.com',
	askSourceUrl: 'Link to the source (Enter for none)',
	askSourceDetail: 'Which piece: its date or title (Enter for none)',
	askKey: 'Is it a key moment, highlighted on the page (y/n)',
	askId: 'Short id for the entry',
	noOriginal: (slug) =>
		`✗ ${slug} has no original edition (a bn.mdx or en.mdx without translationOf)`,
	wouldBeInvalid: (file) =>
		`✗ Nothing was written to ${file}; the change would make the story invalid:`,
	added: (position, id, time, zone, file) =>
		`✓ Added timeline entry ${position} (id "${id}", ${time} ${zone}) to ${file}.\n  Check it: npm run check:content · See it: npm run dev`,

	askSlug: 'Folder name for the story (it becomes the web address)',
	helpSlug: 'Lowercase words with dashes, with the date, e.g. whatsapp-outage-2024-04-03',
	askStoryZone: "The story's time zone",
	helpStoryZone:
		'The zone most times in the story are given in, e.g. Asia/Kolkata (India) or Asia/Dhaka (Bangladesh)',
	askTitleBn: 'Bengali title',
	askDescriptionBn: 'Bengali one-sentence summary',
	askTitleEn: 'English title (Enter if the translation comes later)',
	askDescriptionEn: 'English one-sentence summary',
	started: (folder, pending, slug) =>
		`✓ Started ${folder}/ as a draft: bn.mdx${pending ? ' (English translation marked pending)' : ' and en.mdx'}.\n  Next: npm run add:entry -- --story ${slug}\n  Preview: npm run dev · Publish: delete the draft: true line in bn.mdx`,

	askRemoveId: 'Id of the entry',
	askTargetStory: 'Move it to which story (its folder name)',
	entryShown: (position, id, time, text) =>
		`Entry ${position}: id "${id}", time "${time}": ${text}`,
	confirmRemove: 'Remove this entry? Type yes to remove it',
	confirmMove: (to) => `Move this entry to ${to}? Type yes to move it`,
	needsYes: (what) =>
		`Nothing was changed: with no terminal to confirm, add --yes to ${what} the entry`,
	notChanged: 'Nothing was changed.',
	quotedInText: (id, file, line) =>
		`✗ Nothing was changed: ${file}${line ? ` (line ${line})` : ''} shows this entry's quote with <PostQuote entry="${id}" />; delete that line first`,
	onlyEntry: (id) =>
		`✗ Nothing was changed: "${id}" is the story's only entry, and a story needs at least one. Add the right entry first, then remove this one`,
	sameStory: 'the entry is already in that story; name another story',
	removed: (id, file) =>
		`✓ Removed the entry "${id}" from ${file}; the rest of the file is as it was.`,
	moved: (id, from, to, zoneAdded) =>
		`✓ Moved the entry "${id}" from ${from} to ${to}.${zoneAdded ? `\n  It now says zone: ${zoneAdded}, the zone its time was written in, so it still means the same moment.` : ''}`,

	usage: {
		add: `Adds one timeline entry to a story, in time order, keeping the rest of the file as it was.

Usage: npm run add:entry -- [options]
  --story <folder>        the story, e.g. meta-outage-2024-03-05
  --time "<time>"         e.g. "2024-03-05 21:00" (local) or "2024-03-05T15:30:00Z" (UTC)
  --zone <zone>           the zone the source gave the time in (default: the story's zone)
  --precision <p>         exact (default), approximate or day
  --kind <kind>           outage-start, investigating, identified, update, statement,
                          recovering or restoration
  --bn "<text>" --en "<text>"  what happened, in Bengali and in English
  --source "<name>"       who reported it; --source-url https://…  --source-detail "<date or title>"
  --key                   a key moment, highlighted on the page
  --id <id>               short id (default: made from the English text)
  --dir <folder>          another folder of stories
  --lang bn|en            the language of the messages (default: the locale)
Without a terminal, every value that is wrong stops the command: nothing is written.
With a terminal, it asks for what is missing or wrong.`,
		new: `Starts a story: both editions, as a draft, with a commented skeleton.

Usage: npm run new:story -- [options]
  --slug <folder>         the folder name and web address, e.g. whatsapp-outage-2024-04-03
  --zone <zone>           the story's time zone, e.g. Asia/Kolkata
  --title-bn "<text>" --description-bn "<text>"
  --title-en "<text>" --description-en "<text>"   (--title-en "" when the translation comes later)
  --dir <folder>          another folder of stories
  --lang bn|en            the language of the messages (default: the locale)`,
		remove: `Removes one timeline entry from a story, keeping the rest of the file byte for byte.

Usage: npm run remove:entry -- --story <folder> --id <id> [--yes]
  --yes                   remove without asking (needed without a terminal)
  --dir <folder>          another folder of stories
  --lang bn|en            the language of the messages (default: the locale)`,
		move: `Moves one timeline entry to another story, in time order there.

Usage: npm run move:entry -- --story <folder> --id <id> --to <folder> [--yes]
  --yes                   move without asking (needed without a terminal)
  --dir <folder>          another folder of stories
  --lang bn|en            the language of the messages (default: the locale)`,
		check: `Checks every story without building the site and prints every problem at once.

Usage: npm run check:content -- [--dir <folder>] [--lang bn|en]
Exit status 0 when no story has a problem (warnings allowed), 1 otherwise.`,
	},

	line: (n) => `line ${n}: `,
	warning: 'warning: ',
	summary: (problems, files, warnings) =>
		`${plural(problems, 'problem', 'problems')} in ${plural(files, 'file', 'files')}${warnings ? ` (and ${plural(warnings, 'warning', 'warnings')})` : ''}. Fix ${problems === 1 ? 'it' : 'them'}, then run npm run check:content again.`,
	warningsOnly: (warnings) =>
		`${plural(warnings, 'warning', 'warnings')}: the stories can be published, but check ${warnings === 1 ? 'it' : 'them'}.`,
	allGood: (stories, editions, seconds, drafts) =>
		`✓ ${plural(stories, 'story', 'stories')} (${editions} edition ${editions === 1 ? 'file' : 'files'}) checked in ${seconds} s: no problems.${drafts.length ? `\n  Drafts (checked, not published until you delete draft: true): ${list(drafts)}` : ''}`,
	noFolder: (folder) =>
		`there is no folder ${folder}; stories live in content/stories/<story>/bn.mdx and en.mdx, e.g. npm run check:content -- --dir content/stories`,

	bodyImport:
		'the story text may not import or export anything; it can use only what the site provides, <Timeline /> and <PostQuote entry="…" />. Delete this line',
	bodyEnv: (expression) =>
		`{${expression}} would print a setting of the computer that builds the site (its environment) on the page; delete it. To show braces as text, write \\{ and \\}`,
	bodyExpression: (expression) =>
		`{${expression}} is read as code, not text, and would break the page. To show braces, write them as \\{ and \\}, e.g. the \\{outage\\} was global; a note for editors is written {/* like this */}`,
	bodyAttributeExpression: (tag, attribute) =>
		`<${tag} ${attribute}={…}> holds code; write the value in quotes, e.g. <PostQuote entry="stone-resolved" />`,
	bodyTag: (tag) =>
		`<${tag}> is not allowed in a story: it could run or load something on the reader's page. Delete it; the site's own timeline and quotes need no script`,
	bodyEventHandler: (tag, attribute) =>
		`${attribute}= on <${tag}> would run code when a reader clicks or loads the page; delete the attribute`,
	bodyLink: (url) =>
		`the link "${url}" is not a web address; links in a story must start with https:// (or http://, mailto:, # for a place on the page), e.g. [the status page](https://metastatus.com/)`,
	bodyComponent: (name, allowed) =>
		`<${name} /> is not a component a story can use; use ${allowed}, e.g. <PostQuote entry="stone-resolved" />`,
	bodyParse: (reason) =>
		`the story text does not parse as MDX: ${reason}. Close every tag you open (e.g. <strong>…</strong>), end components with /> (e.g. <Timeline />), and write a literal < or { as \\< or \\{`,
	bodyNoTimeline:
		'this edition never shows the timeline: its text has no <Timeline />. Put <Timeline /> on a line of its own where the timeline should appear',
	bodyQuoteNoEntry:
		'<PostQuote /> needs the id of the timeline entry whose quote it shows, in quotes, e.g. <PostQuote entry="stone-resolved" />',
	bodyImage: (url) =>
		`the picture "${url}" would be loaded from another site onto the reader's page, and a story loads nothing from elsewhere; link to it instead, e.g. [the picture](${url || 'https://…'})`,
	bodyMedia: (tag) =>
		`<${tag}> is not allowed in a story: it would load a picture, sound or video from another site onto the reader's page. Link to it instead, e.g. [what it shows](https://…)`,
	bodyFrame: (tag) =>
		`<${tag}> is not allowed in a story: it would show another site inside the page. Link to it instead, e.g. [the post](https://x.com/andymstone); a post quoted in the timeline is shown with <PostQuote entry="…" />`,
	bodyStyleTag: (tag) =>
		`<${tag}> is not allowed in a story: it would restyle the page or load a file from elsewhere. The site's stylesheet styles every story; for emphasis write **bold** or *italic*`,
	bodyHeadTag: (tag) =>
		`<${tag}> is not allowed in a story: it would change where the page's links lead or send the reader to another page. The site writes the page head itself; delete it`,
	bodyStyleAttribute: (tag) =>
		`style= on <${tag}> is not allowed in a story: it could load a file from elsewhere and overrides the site's look (dark mode, print). Delete it; for emphasis write **bold** or *italic*`,
	bodyLoadAttribute: (tag, attribute) =>
		`${attribute} on <${tag}> would load a file from elsewhere onto the reader's page; delete it. To point readers to something, link to it, e.g. [the status page](https://metastatus.com/)`,
	bodySvgReference: (tag, attribute) =>
		`${attribute}= on <${tag}> would load or copy something from another place into the page; only a link (<a href="https://…">) may point elsewhere. Delete it`,
	bodyAnimateLink: (tag, attribute) =>
		`<${tag} attributeName="${attribute}"> would change a link's address while the reader looks at it, so the link no longer goes where the story shows; delete the <${tag}>`,
	bodyTimelineTwice: (firstLine) =>
		`<Timeline /> appears a second time${firstLine ? ` (the first is on line ${firstLine})` : ''}; a page shows the timeline once. Delete this one`,

	controlChar: (field, code) =>
		`${field} contains an invisible control character (${code}); it breaks the RSS feeds and some readers' screens. Delete it (retype the text around it if you cannot see it)`,
	bidiUnbalanced: (field) =>
		`${field} contains a direction mark (right-to-left or left-to-right override or isolate) that is not closed, so it would reverse the text after it on the page; delete it`,

	inFuture: (entry, when) =>
		`${entry} is dated ${when}, which is in the future; check the year and the date`,
	farFromOthers: (entry, days, error) =>
		`${entry} is ${days} days away from the story's other entries${error ? '; check the year (a typo in the year makes the outage last years)' : '; check the date, or keep it if the source really gives it'}`,
	otherTimeOtherDay: (entry, date, otherDate) =>
		`${entry}: the other source's time (otherTimes) is on ${otherDate}, but the entry is on ${date}; check the date of both, since readers compare them as the same moment`,
	everyEntryKey: (count) =>
		`all ${count} entries say key: true, so none stands out; keep key: true only on the few moments that matter most (the start, the first statement, the restoration)`,

	tabIndent: (lines) =>
		`the frontmatter is indented with tabs (${lines === 1 ? 'this line' : `${lines} lines, the first here`}); YAML allows only spaces. Replace each tab at the start of a line with two spaces (most editors: "Convert indentation to spaces")`,
	yamlInvalid: (reason) =>
		`the frontmatter is not valid YAML: ${reason}. Check the indentation and put text containing ": " or "#" in quotes, e.g. title: "Outage: what we know"`,
	duplicateKey: (key) =>
		`"${key}" is written twice here; keep one of the two lines (YAML does not allow the same field twice in one place)`,
	noFrontmatter:
		'the file must start with its frontmatter between two lines of three dashes, e.g.\n    ---\n    title: "…"\n    description: "…"\n    ---',

	entryLabel: (n, id, time) =>
		`Timeline entry ${n}${id !== undefined || time !== undefined ? ` (${[id !== undefined ? `id ${id}` : '', time !== undefined ? `time ${time}` : ''].filter(Boolean).join(', ')})` : ''}`,
	fieldLabel: (field) => `field "${field}"`,

	pageTitle: 'A story needs fixing',
	pageHeading: 'A story needs fixing before it can be shown',
	pageIntro:
		'Fix the problems below and save; this page reloads by itself. The same list is in the terminal, and <code>npm run check:content</code> prints it too.',
} satisfies EditorMessages;
