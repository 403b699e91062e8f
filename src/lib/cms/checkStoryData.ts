import { describeIssue } from '../editor/describeIssue';
import { checkPlausibility } from '../editor/plausibility';
import { editionSchema } from '../story/storySchema';
import { readFrontmatter } from '../editor/insertEntry';
import { writeStoryFile } from './storyFile';

/** A problem that stops the web editor from saving, in both languages. */
export interface SaveProblem {
	bn: string;
	en: string;
}

/**
 * What the content check (`npm run check:content`) refuses in the file the web editor is about to
 * save (written as it will be, then read back): the story schema's problems and the implausible times (in the future, far from the
 * other entries), each message as the check words it. Warnings do not stop a save.
 */
export function checkStoryData(data: Record<string, unknown>, now = Date.now()): SaveProblem[] {
	// Check the file as it will be written, read back as the build reads it.
	const edition = (readFrontmatter(writeStoryFile(data)).doc.toJS() ?? {}) as Record<
		string,
		unknown
	>;
	const result = editionSchema.safeParse(edition);
	if (!result.success) {
		return result.error.issues.map((issue) => ({
			en: describeIssue(edition, issue, 'en'),
			bn: describeIssue(edition, issue, 'bn'),
		}));
	}
	if (edition.translationOf !== undefined) return [];
	return checkPlausibility(edition, now)
		.filter((p) => !p.warning)
		.map((p) => ({ en: p.message, bn: p.bn }));
}
