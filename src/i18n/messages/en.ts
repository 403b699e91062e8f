import type { EditorMessages } from './catalog';

const list = (values: readonly string[]) => values.join(', ');
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The editor tools' and the checker's messages in English. */
export const messagesEn = {
	badFlag: (flag, value, problem) => `✗ ${flag} ${JSON.stringify(value)}: ${problem}`,
	noTerminal: (flags) =>
		`Nothing was written. With no terminal to ask again (a script, CI or a pipe), the command stops rather than guess: give or correct ${list(flags)} and run it again.`,
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
	askKey: 'Is it a key moment, highlighted on the page (yes/no)',
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
	helpStoryZone: (deviceZone) =>
		`The zone most times in the story are given in, e.g. Asia/Dhaka (Bangladesh) or Asia/Kolkata (India).${deviceZone ? ` This computer's zone is ${deviceZone}; type it only if the sources give their times in it.` : ''}`,
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

Usage: npm run check:content -- [--dir <folder>] [--lang bn|en] [--no-cache]
Exit status 0 when no story has a problem (warnings allowed), 1 otherwise. A story that passed
and has not changed since is not read again; --no-cache (or STORY_CHECK_CACHE=0) reads every one.`,
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

	yamlNotPlain: (feature, written) =>
		`${written} ${{ anchor: 'names a block to copy elsewhere (a YAML anchor)', alias: 'copies a block named elsewhere (a YAML alias)', tag: 'gives the value a type (a YAML tag)', merge: 'merges another block into this one (a YAML merge key)' }[feature]}; story files use plain YAML only, so the check and the site read them alike. Write the value out in full here instead`,
	fenceEarly: (line) =>
		`the line "${line}" starts with ${line.slice(0, 3)} at the very start of the line, so the site would end the frontmatter here and show the rest as text. Indent it, put the value in quotes, or delete the dashes; the frontmatter ends with a line of exactly ---`,

	schema: {
		thing: {
			title: 'The title',
			description: 'The description',
			author: "The quote's author",
			platform: 'The platform',
			quoteText: 'The quoted words (text)',
			dateline: 'The dateline',
			translationBn: 'The Bengali translation (bn)',
			translationEn: 'The English translation (en)',
			text: 'text',
			correction: 'correction',
			sourceName: 'source name',
			byline: 'byline',
			serviceName: 'service name',
			serviceNote: 'service note',
			spanLabel: 'span label',
			sourceUrl: 'The source link (url)',
			postUrl: 'The post link (url)',
			spanStart: "The span's start",
			spanEnd: "The span's end",
			source: 'a source',
			otherTime: 'another time',
			quote: 'a quote',
			translation: "the quote's translation",
			entry: 'an entry',
			service: 'a service',
			span: 'a span',
			story: 'the story file',
		},
		validExample: '. A valid example:',
		missing: (what, example) => `${what} is missing; write it, e.g. ${example}`,
		notText: (what, example) => `${what} must be text, e.g. ${example}`,
		empty: (what, example) => `${what} is empty; write it, e.g. ${example}`,
		invisibleOnly: (what, example) =>
			`${what} holds only invisible characters (such as a zero-width space), so the page would show a blank; write it, e.g. ${example}`,
		bilingualNotGroup: (what) =>
			`the ${what} must have a Bengali line (bn:) and an English line (en:), e.g.\n    bn: "রাত ৯টা নাগাদ ..."\n    en: "Around 9 p.m. ..."`,
		notWebAddressType: (what) =>
			`${what} must be a web address starting with https://, e.g. url: https://x.com/andymstone`,
		notWebAddress: (what, value) =>
			`${what} "${value}" is not a web address; it must start with https:// (or http://), e.g. url: https://x.com/andymstone`,
		zoneNotText: 'the zone must be the name of a time zone, e.g. zone: Asia/Kolkata',
		zoneUnknown: (value, guess) =>
			`"${value}" is not a time zone name${guess ? `; did you mean "${guess}"?` : '.'} Use a name from the time zone database, e.g. zone: Asia/Kolkata (India), zone: Asia/Dhaka (Bangladesh) or zone: UTC`,
		zoneSpelling: (value, canonical) =>
			`"${value}" must be spelt as the time zone database spells it; did you mean "${canonical}"? e.g. zone: ${canonical}`,
		groupMissing: (what, first) => `${what} is missing, e.g. ${first}: …`,
		notGroup: (what, first) =>
			`${what} must be a group of fields (name: value lines, indented), e.g. ${first}: …`,
		unknownKeys: (keys, what, guess, fields) =>
			`${keys.map((k) => `"${k}"`).join(', ')} ${keys.length > 1 ? 'are not fields' : 'is not a field'} ${what} can have${guess ? `; did you mean "${guess}"?` : '.'} The fields are ${fields.join(', ')}, e.g. ${guess ?? fields[0] ?? ''}: …`,
		sourceNameForm:
			'the source needs a name: the publication, site or person, e.g. name: topicsbox.com (or name: { bn: এই প্রতিবেদন, en: This report })',
		detailNotText: 'the detail must be text in quotes, e.g. detail: "2024-03-06"',
		detailEmpty: 'the detail is empty; write it or delete the line, e.g. detail: "2024-03-06"',
		timeMissing:
			'the time is missing; write the local time in quotes, e.g. time: "2024-03-05 21:00"',
		notATime: (value) =>
			`${value} is not a time; write the date and the 24-hour time in quotes, e.g. time: "2024-03-05 21:00"`,
		timeForm: (value) =>
			`"${value}" is not a time; write it as "2024-03-05 21:00" (local time in the entry's zone) or "2024-03-05T15:30:00Z"`,
		bilingualLine: (lang, what) => `The ${lang === 'bn' ? 'Bengali' : 'English'} ${what} (${lang})`,
		timeUnquoted: (date) =>
			`the time must be in quotes, or YAML reads it as a date in UTC and the local time is lost; write it in quotes as the source gave it, e.g. time: "${date}" (only the date, with precision: day) or time: "${date} 21:00"`,
		notOneOf: (field, value, values, example) =>
			`${field} ${value === undefined ? 'is missing' : `"${value}" is not allowed`}; use one of ${values.map((v) => `"${v}"`).join(', ')}, e.g. ${example}`,
		handleNotText: 'the handle must be text in quotes, e.g. handle: "@andymstone"',
		handleForm: (value) =>
			`the handle "${value}" must be an @ and the account name, in quotes, e.g. handle: "@andymstone"`,
		idMissing:
			'every entry needs an id: short, lowercase, with dashes, e.g. id: stone-first-statement',
		idForm: (value) =>
			`the id "${value}" may use only lowercase letters, digits and dashes, e.g. "stone-first-statement"`,
		notBoolean: (field, example) =>
			`${field} must be true or false, e.g. ${example} (or delete the line)`,
		notList: (field, first, example) =>
			`${field} must be a list, each item starting with "${first}", e.g. ${example}`,
		needsOneSource: (what) =>
			what === 'entry'
				? 'every entry needs at least one source, e.g. sources:\n  - name: topicsbox.com'
				: 'every service needs at least one source, e.g. sources:\n  - name: metastatus.com',
		entryIdNotText: (what) =>
			`${what} must be the id of a timeline entry, e.g. start: india-logout`,
		entryIdEmpty: (what) =>
			`${what} is empty; write the id of a timeline entry, e.g. start: india-logout`,
		bylineForm:
			'the byline must be a name, e.g. byline: "Staff reporter" (or byline: { bn: নিজস্ব সংবাদদাতা, en: Staff reporter })',
		translationRepeats: (field, original) =>
			`a translation does not repeat the ${field}; it lives once, in the original (${original}) edition`,
		storyNeedsZone:
			'the story needs its time zone, the one its local times are written in, e.g. zone: Asia/Kolkata',
		timelineEmpty:
			'the timeline is empty; add at least one entry with npm run add:entry (or keep draft: true until you do), e.g. timeline:\n  - id: outage-begins\n    time: "2024-03-05 21:00"\n    …',
		idDuplicate: (id, first) =>
			`the id "${id}" is already used by timeline entry ${first}; give each entry its own id, e.g. id: ${id}-2`,
		correctionNeedsUpdated: (zone) =>
			`a correction needs the time it was made; add updated: "2024-03-05 23:10" (in the story's zone, ${zone ?? 'the zone: at the top'})`,
		restorationBeforeStart: (time, zone, startEntry, startTime, startZone) =>
			`this restoration (${time}, ${zone}) comes before the outage began: timeline entry ${startEntry} starts it at ${startTime} (${startZone}). Check the time, its zone, the kind of both entries and the date, e.g. time: "2024-03-05 22:00" for a restoration after a start at "2024-03-05 21:00"`,
		spanUnknownId: (id, field, known) =>
			`no timeline entry has the id "${id}"; a span's ${field} names an entry of this story's timeline: one of ${known.map((k) => `"${k}"`).join(', ')}`,
		spanEndsBeforeStart: (endId, endTime, startId, startTime) =>
			`this span ends (entry "${endId}", ${endTime}) before or when it starts (entry "${startId}", ${startTime}); name the entry that ends it as end: and the one that begins it as start:`,
		localWithoutZone: (value) =>
			`"${value}" is a local time, but neither this entry nor the story says which time zone it is in; add zone: Asia/Kolkata at the top of the file (or on this entry), or write the time in UTC, e.g. time: "2024-03-05T15:30:00Z"`,
		noMonth: (month) => `there is no month ${month}; months go from 01 to 12`,
		noDay: (year, month, day, days) =>
			`${MONTHS[month - 1] ?? month} ${year} has no day ${day} (it has ${days} days); check the date`,
		notTimeOfDay: (clock) => `${clock} is not a time of day; use 24-hour time from 00:00 to 23:59`,
		dateWithoutClock: (value, example) =>
			`"${value}" has a date but no time of day; add the time ("${example}") or set precision: day`,
		dstSkipped: (wall, zone, example) =>
			`${wall} never happened in ${zone}: the clocks skipped it for daylight saving. Check the source, or give the time with its UTC offset, e.g. "${example}" if the source still used the offset from before the change`,
		dstRepeated: (wall, zone, example) =>
			`${wall} happened twice in ${zone}, because the clocks went back for daylight saving. Give the time with its UTC offset so readers see the right one, e.g. "${example}"`,
		dayWithClock: (value, date) =>
			`"${value}" has a time of day, but precision: day means only the date is known; write time: "${date}", or keep the time and set precision: exact (or approximate)`,
		dayWithInstant: (value) =>
			`"${value}" is a moment in UTC (or with an offset), but precision: day means only the date is known, and its date depends on the zone; write the date as the source gives it, e.g. time: "2024-03-05", or set precision: exact`,
		dateInFuture: (field, when) =>
			`${field} is ${when}, which is in the future; check the year and the date`,
		dateBeforeEvents: (field, when, first) =>
			`${field} is ${when}, before the story's first event (${first}); check the year and the date`,
		updatedBeforePublished: (updated, published) =>
			`updated (${updated}) is before published (${published}); a story is updated after it is published: check both dates`,
		statusMissing:
			'the story has no status and no restoration entry, so the page cannot say whether the outage is over; add status: ongoing while it goes on, or status: resolved once it is over',
		folderName: (slug) =>
			`the folder name "${slug}" becomes the story's web address, so it may use only lowercase letters, digits and dashes, e.g. meta-outage-2024-03-05`,
		editionFileName: (example) =>
			`an edition file must be named bn.mdx (Bengali) or en.mdx (English); rename it, e.g. ${example}`,
		noEdition: (example) =>
			`this story folder has no edition; add bn.mdx and en.mdx (npm run new:story makes both), e.g. ${example}`,
		dotFolder: (name) =>
			`the folder "${name}" starts with a dot, so the site skips it and it is never published; rename it without the dot (e.g. ${name.replace(/^\.+/, '') || 'my-story'}) or move it out of content/stories`,
		notAFolder: (name) =>
			`"${name}" is not a story folder: only story folders (content/stories/<story>/bn.mdx and en.mdx) belong here; move it out of content/stories`,
		quoteNoEntry: (id, withQuote, example) =>
			`<PostQuote entry="${id}" /> names no timeline entry; ${withQuote.length ? `the entries with a quote are ${withQuote.map((w) => `"${w}"`).join(', ')}` : 'no entry has a quote: yet'}, e.g. ${example}`,
		quoteNoQuote: (id, example) =>
			`<PostQuote entry="${id}" /> shows the quote of entry "${id}", but that entry has no quote:; add one to the entry (author, lang, text, url) or quote another entry, e.g. ${example}`,
		translationOfSelf: (lang, other) =>
			`translationOf: ${lang} says this edition is a translation of itself; name the language of the original, e.g. translationOf: ${other}`,
		translationOfMissing: (of, file) =>
			`this edition says it is a translation of the ${of === 'bn' ? 'Bengali' : 'English'} edition (translationOf: ${of}), but ${file} does not exist. Add it (it holds the zone and the timeline), or, if this is the original, delete the translationOf line and give this file the zone and timeline, e.g. zone: Asia/Kolkata`,
		twoOriginals: (first, second) =>
			`both ${first}.mdx and ${second}.mdx say they are the original; the translation must say which edition it translates and carry only its title, description and text, e.g. translationOf: ${first}`,
		pendingSelf: (pending, other) =>
			`translationPending: ${pending} names this edition's own language; name the language still being translated, e.g. translationPending: ${other}`,
		pendingExists: (pending, file) =>
			`translationPending: ${pending} says the ${pending === 'bn' ? 'Bengali' : 'English'} edition is still being translated, but ${file} exists; delete the translationPending line so readers are not told it is missing, e.g. remove "translationPending: ${pending}"`,
		editionMissing: (lang, file, original, originalFile) =>
			`the ${lang === 'bn' ? 'Bengali' : 'English'} edition is missing. Write ${file} with its title, description and translationOf: ${original}; or, while it is being translated, add translationPending: ${lang} to ${originalFile} so its page tells readers, e.g. translationPending: ${lang}`,
	},

	entryLabel: (n, id, time) =>
		`Timeline entry ${n}${id !== undefined || time !== undefined ? ` (${[id !== undefined ? `id ${id}` : '', time !== undefined ? `time ${time}` : ''].filter(Boolean).join(', ')})` : ''}`,
	fieldLabel: (field) => `field "${field}"`,

	langUnknown: (value) =>
		`--lang ${JSON.stringify(value)}: the messages come in bn (Bengali) or en (English); e.g. --lang bn`,
	flagNeedsValue: (flag) => `${flag} needs a value, e.g. ${flag} "…"`,
	notAnOption: (arg) =>
		`${JSON.stringify(arg)} is not an option: options start with --, and a value with spaces goes in quotes, e.g. --en "Service returns"`,
	yesWords: ['y', 'yes'],
	noWords: ['n', 'no'],
	notYesNo: (answer) => `"${answer}" is neither yes nor no; answer yes or no (y or n)`,
	dayWithClock: (date) =>
		`precision day means only the date is known, but this time has a clock time; write just the date, ${date}, or keep the time and choose --precision exact or approximate`,
	offsetWithZone: (zone) =>
		`the time already says its offset from UTC (it ends in Z or +05:30), so --zone ${zone} contradicts it; leave out --zone, or write the local time in ${zone} without the offset`,
	storyUnreadable: (file, line, reason) =>
		`✗ Nothing was changed: ${file}${line ? ` (line ${line})` : ''} cannot be read: ${reason}`,
	idNotInTarget: (id, suggestion, story) =>
		`✗ --id ${JSON.stringify(id)}: ${story} already has an entry with this id; rename one of the two first (e.g. ${suggestion}). Nothing was changed`,
	cannotEdit: (file) =>
		`✗ Nothing was changed: ${file} is laid out in a way the command cannot edit without touching other lines; make the change by hand (EDITING.md shows how), then run npm run check:content`,
	crashed: (message) =>
		`✗ The command stopped on an unexpected error, and wrote nothing. Please report it to whoever maintains the site, with the lines below. (${message})`,

	pageTitle: 'A story needs fixing',
	pageHeading: 'A story needs fixing before it can be shown',
	pageIntro:
		'Fix the problems below and save; this page reloads by itself. The same list is in the terminal, and <code>npm run check:content</code> prints it too.',
} satisfies EditorMessages;
