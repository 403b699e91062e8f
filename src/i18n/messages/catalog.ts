/** Every message the editor tools and the checker show, in one language. */
export interface EditorMessages {
	// Answers and flags
	badFlag: (flag: string, value: string, problem: string) => string;
	noTerminal: (flag: string) => string;
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
	helpStoryZone: string;
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
	// How a problem's place is named
	entryLabel: (n: number, id: string | undefined, time: string | undefined) => string;
	fieldLabel: (field: string) => string;
	// The dev preview's page
	pageTitle: string;
	pageHeading: string;
	pageIntro: string;
}
