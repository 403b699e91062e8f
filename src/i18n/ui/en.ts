/** English interface strings; every key must exist in Bengali too (`UIStrings`). */
export const en = {
	'site.name': 'Somoyrekha',
	'site.tagline': 'Outage timelines, told honestly',
	'nav.skip': 'Skip to the article',
	'nav.home': 'All reports',
	'nav.languages': 'Languages',
	'nav.readIn': 'Read in',
	'index.title': 'Outage reports',
	'index.description': 'Reports and timelines of internet service outages, in Bengali and English.',
	'index.empty': 'No reports yet.',
	'story.translationOf': 'This is an English translation of the Bengali report.',
	'story.readOriginal': 'Read the original in Bengali',
	'timeline.heading': 'Timeline',
	'timeline.intro':
		'Times are shown in {zone} and in UTC. Approximate times are marked “around”, as the sources give them.',
	'timeline.lasted': 'The outage lasted',
	'timeline.disputedDuration': 'Sources differ on when it began and ended, so this is a range.',
	'timeline.ongoing': 'No restoration has been reported yet.',
	'timeline.spanBefore': 'from',
	'timeline.spanMiddle': 'to',
	'timeline.spanAfter': '',
	'timeline.source': 'Source',
	'timeline.sources': 'Sources',
	'timeline.otherTime': 'Another source gives',
	'timeline.yourZone': 'Your time',
	'timeline.dateHeading': 'Date',
	'kind.outage-start': 'Outage begins',
	'kind.update': 'Update',
	'kind.statement': 'Statement',
	'kind.restoration': 'Service restored',
	'quote.on': 'on {platform}',
	'quote.viewPost': 'Post by {author} on {platform}',
	'footer.about': 'Somoyrekha is a static outage timeline. No trackers, no third-party requests.',
} as const;

/** The shape every language's interface strings must have. */
export type UIStrings = { [K in keyof typeof en]: string };
