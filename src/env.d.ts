declare namespace App {
	interface Locals {
		/** A story page's data, for the components its MDX body places (src/lib/routes/storyPage.ts). */
		storyPage?: import('./lib/routes/storyPage').StoryPageData;
	}
}
