/** Every message the editor tools and the checker show, in one language. */
export interface EditorMessages {
	// Answers and flags
	badFlag: (flag: string, value: string, problem: string) => string;
	noTerminal: (flags: readonly string[]) => string;
	askAgain: string;
	answerNeeded: string;
	noDefaultAfterMistake: string;
	missingAnswer: (flag: string) => string;
	unknownFlag: (flag: string, known: string) => string;
	zoneUnknown: (value: string, guess: string | undefined) => string;
	storyUnknown: (value: string, guess: string | undefined, stories: readonly string[]) => string;
	idForm: string;
	idTaken: (id: string, suggestion: string) => string;
	idUnknown: (id: string, guess: string | undefined, ids: readonly string[]) => string;
	urlNotWeb: string;
	notOneOf: (answer: string, values: readonly string[]) => string;
	slugForm: string;
	slugExists: (slug: string) => string;
	textControl: (what: string, code: string) => string;
	// add:entry
	askStory: string;
	helpStory: (stories: readonly string[]) => string;
	askZone: string;
	helpZone: (storyZone: string) => string;
	askPrecision: (values: readonly string[]) => string;
	helpPrecision: string;
	askTime: string;
	helpTime: (zone: string) => string;
	askKind: (values: readonly string[]) => string;
	helpKind: string;
	askBn: string;
	askEn: string;
	askSource: string;
	helpSource: string;
	askSourceUrl: string;
	askSourceDetail: string;
	askKey: string;
	askId: string;
	noOriginal: (slug: string) => string;
	wouldBeInvalid: (file: string) => string;
	added: (position: number, id: string, time: string, zone: string, file: string) => string;
	// new:story
	askSlug: string;
	helpSlug: string;
	askStoryZone: string;
	helpStoryZone: (deviceZone: string | undefined) => string;
	askTitleBn: string;
	askDescriptionBn: string;
	askTitleEn: string;
	askDescriptionEn: string;
	started: (folder: string, pending: boolean, slug: string) => string;
	// remove:entry and move:entry
	askRemoveId: string;
	askTargetStory: string;
	entryShown: (position: number, id: string, time: string, text: string) => string;
	confirmRemove: string;
	confirmMove: (to: string) => string;
	needsYes: (what: 'remove' | 'move') => string;
	notChanged: string;
	quotedInText: (id: string, file: string, line: number | undefined) => string;
	onlyEntry: (id: string) => string;
	sameStory: string;
	removed: (id: string, file: string) => string;
	moved: (id: string, from: string, to: string, zoneAdded: string | undefined) => string;
	// --help
	usage: Record<'add' | 'new' | 'remove' | 'move' | 'check', string>;
	// check:content
	line: (n: number) => string;
	warning: string;
	summary: (problems: number, files: number, warnings: number) => string;
	warningsOnly: (warnings: number) => string;
	allGood: (
		stories: number,
		editions: number,
		seconds: string,
		drafts: readonly string[],
	) => string;
	noFolder: (folder: string) => string;
	// The story text (MDX body)
	bodyImport: string;
	bodyEnv: (expression: string) => string;
	bodyExpression: (expression: string) => string;
	bodyAttributeExpression: (tag: string, attribute: string) => string;
	bodyTag: (tag: string) => string;
	bodyEventHandler: (tag: string, attribute: string) => string;
	bodyLink: (url: string) => string;
	bodyComponent: (name: string, allowed: string) => string;
	bodyParse: (reason: string) => string;
	bodyNoTimeline: string;
	bodyQuoteNoEntry: string;
	// The story text reaching outside the page (markup that loads from elsewhere, restyles it)
	bodyImage: (url: string) => string;
	bodyMedia: (tag: string) => string;
	bodyFrame: (tag: string) => string;
	bodyStyleTag: (tag: string) => string;
	bodyHeadTag: (tag: string) => string;
	bodyStyleAttribute: (tag: string) => string;
	bodyLoadAttribute: (tag: string, attribute: string) => string;
	bodySvgReference: (tag: string, attribute: string) => string;
	bodyAnimateLink: (tag: string, attribute: string) => string;
	bodyTimelineTwice: (firstLine: number | undefined) => string;
	// Characters
	controlChar: (field: string, code: string) => string;
	bidiUnbalanced: (field: string) => string;
	// Plausibility
	inFuture: (entry: string, when: string) => string;
	farFromOthers: (entry: string, days: number, error: boolean) => string;
	otherTimeOtherDay: (entry: string, date: string, otherDate: string) => string;
	everyEntryKey: (count: number) => string;
	// The frontmatter as a whole
	tabIndent: (lines: number) => string;
	yamlInvalid: (reason: string) => string;
	duplicateKey: (key: string) => string;
	noFrontmatter: string;
	// The story file as plain YAML (readStoryFile)
	yamlNotPlain: (feature: 'anchor' | 'alias' | 'tag' | 'merge', written: string) => string;
	fenceEarly: (line: string) => string;
	// The story schema and the story check (storySchema, validateStories, plausibility)
	schema: SchemaMessages;
	// How a problem's place is named
	entryLabel: (n: number, id: string | undefined, time: string | undefined) => string;
	fieldLabel: (field: string) => string;
	// Editor commands: flags, answers and results (the cli helper's section)
	langUnknown: (value: string) => string;
	flagNeedsValue: (flag: string) => string;
	notAnOption: (arg: string) => string;
	/** Words that answer yes or no to a question, e.g. y, yes; also accepted in the other language. */
	yesWords: readonly string[];
	noWords: readonly string[];
	notYesNo: (answer: string) => string;
	dayWithClock: (date: string) => string;
	offsetWithZone: (zone: string) => string;
	storyUnreadable: (file: string, line: number | undefined, reason: string) => string;
	idNotInTarget: (id: string, suggestion: string, story: string) => string;
	crashed: (message: string) => string;
	cannotEdit: (file: string) => string;
	// The dev preview's page
	pageTitle: string;
	pageHeading: string;
	pageIntro: string;
}

/** Things a story file names, as the schema's messages call them. */
export type SchemaThing =
	| 'title'
	| 'description'
	| 'author'
	| 'platform'
	| 'quoteText'
	| 'dateline'
	| 'translationBn'
	| 'translationEn'
	| 'text'
	| 'correction'
	| 'sourceName'
	| 'byline'
	| 'serviceName'
	| 'serviceNote'
	| 'spanLabel'
	| 'sourceUrl'
	| 'postUrl'
	| 'spanStart'
	| 'spanEnd'
	| 'source'
	| 'otherTime'
	| 'quote'
	| 'translation'
	| 'entry'
	| 'service'
	| 'span'
	| 'story';

/** The story schema's and the story check's messages, in one language. */
export interface SchemaMessages {
	/** How a message names a thing, e.g. `title` → "The title". */
	thing: Record<SchemaThing, string>;
	/** Joins a message to the example appended to it. */
	validExample: string;
	missing: (what: string, example: string) => string;
	notText: (what: string, example: string) => string;
	empty: (what: string, example: string) => string;
	invisibleOnly: (what: string, example: string) => string;
	bilingualNotGroup: (what: string) => string;
	notWebAddressType: (what: string) => string;
	notWebAddress: (what: string, value: string) => string;
	zoneNotText: string;
	zoneUnknown: (value: string, guess: string | undefined) => string;
	zoneSpelling: (value: string, canonical: string) => string;
	groupMissing: (what: string, firstField: string) => string;
	notGroup: (what: string, firstField: string) => string;
	unknownKeys: (
		keys: readonly string[],
		what: string,
		guess: string | undefined,
		fields: readonly string[],
	) => string;
	sourceNameForm: string;
	detailNotText: string;
	detailEmpty: string;
	timeMissing: string;
	notATime: (value: string) => string;
	timeForm: (value: string) => string;
	bilingualLine: (lang: 'bn' | 'en', what: string) => string;
	timeUnquoted: (date: string) => string;
	notOneOf: (
		field: string,
		value: string | undefined,
		values: readonly string[],
		example: string,
	) => string;
	handleNotText: string;
	handleForm: (value: string) => string;
	idMissing: string;
	idForm: (value: string) => string;
	notBoolean: (field: string, example: string) => string;
	notList: (field: string, first: string, example: string) => string;
	needsOneSource: (what: 'entry' | 'service') => string;
	entryIdNotText: (what: string) => string;
	entryIdEmpty: (what: string) => string;
	bylineForm: string;
	translationRepeats: (field: string, original: string) => string;
	storyNeedsZone: string;
	timelineEmpty: string;
	idDuplicate: (id: string, first: number) => string;
	correctionNeedsUpdated: (zone: string | undefined) => string;
	restorationBeforeStart: (
		time: string,
		zone: string,
		startEntry: number,
		startTime: string,
		startZone: string,
	) => string;
	spanUnknownId: (id: string, field: 'start' | 'end', known: readonly string[]) => string;
	spanEndsBeforeStart: (
		endId: string,
		endTime: string,
		startId: string,
		startTime: string,
	) => string;
	localWithoutZone: (value: string) => string;
	noMonth: (month: number) => string;
	noDay: (year: number, month: number, day: number, days: number) => string;
	notTimeOfDay: (clock: string) => string;
	dateWithoutClock: (value: string, example: string) => string;
	dstSkipped: (wall: string, zone: string, example: string) => string;
	dstRepeated: (wall: string, zone: string, example: string) => string;
	dayWithClock: (value: string, date: string) => string;
	dayWithInstant: (value: string) => string;
	dateInFuture: (field: string, when: string) => string;
	dateBeforeEvents: (field: string, when: string, first: string) => string;
	updatedBeforePublished: (updated: string, published: string) => string;
	statusMissing: string;
	folderName: (slug: string) => string;
	editionFileName: (example: string) => string;
	noEdition: (example: string) => string;
	dotFolder: (name: string) => string;
	notAFolder: (name: string) => string;
	quoteNoEntry: (id: string, withQuote: readonly string[], example: string) => string;
	quoteNoQuote: (id: string, example: string) => string;
	// The editions of a story together (checkEditions)
	translationOfSelf: (lang: string, other: string) => string;
	translationOfMissing: (of: 'bn' | 'en', file: string) => string;
	twoOriginals: (first: string, second: string) => string;
	pendingSelf: (pending: string, other: string) => string;
	pendingExists: (pending: 'bn' | 'en', file: string) => string;
	editionMissing: (
		lang: 'bn' | 'en',
		file: string,
		original: string,
		originalFile: string,
	) => string;
}
