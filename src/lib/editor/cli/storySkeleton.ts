/** A YAML string in double quotes, so ": " or "#" in a title cannot break the frontmatter. */
const q = (text: string) => JSON.stringify(text);

/**
 * A new story's original edition (Bengali): its zone, `status: ongoing` (said by its editor, not
 * assumed), an empty timeline as a draft, and comments on how to fill it.
 */
export function originalEdition(o: {
	slug: string;
	zone: string;
	title: string;
	description: string;
	pending: boolean;
}): string {
	return `---
# The original edition (Bengali): it holds the story's zone and the one timeline both editions show.
title: ${q(o.title)}
description: ${q(o.description)}
# Local times in the timeline are read in this zone, unless an entry names its own zone.
zone: ${o.zone}
# ongoing while the outage lasts; change it to resolved when the service is back.
status: ongoing
${o.pending ? '# The English edition is still being translated; the Bengali page tells readers so.\n# Delete this line when en.mdx is written.\ntranslationPending: en\n' : ''}# A draft is checked, and shown by npm run dev, but not published. Delete this line to publish.
draft: true

# Add entries with: npm run add:entry -- --story ${o.slug}
# (it asks for each field and keeps the entries in time order). Or write them by hand:
#   - id: outage-begins          short, lowercase, with dashes, not used by another entry
#     time: "2024-03-05 21:00"   in quotes: local time in the zone above, or "2024-03-05T15:30:00Z"
#     precision: approximate     exact, approximate or day
#     kind: outage-start         outage-start, investigating, identified, update, statement,
#                                recovering or restoration
#     text:
#       bn: "…"
#       en: "…"
#     sources:
#       - name: topicsbox.com
#         url: https://…
# See EDITING.md for worked examples.
timeline: []
---

{/* Write the Bengali report here. */}

<Timeline />
`;
}

/** A new story's English translation: title and description only. */
export function translationEdition(o: { title: string; description: string }): string {
	return `---
# A translation: title and description only. The zone and the timeline live once, in bn.mdx.
title: ${q(o.title)}
description: ${q(o.description)}
translationOf: bn
---

{/* Write the English report here. */}

<Timeline />
`;
}
