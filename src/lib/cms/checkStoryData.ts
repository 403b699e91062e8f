import { checkPlausibility } from '../editor/plausibility';
import { describeIssue } from '../story/describeIssue';
import { readStoryFile } from '../story/readStoryFile';
import { editionSchema, editionSchemaIn } from '../story/storySchema';
import { writeStoryFile } from './storyFile';

/** A problem that stops the web editor from saving, in both languages. */
export interface SaveProblem {
	bn: string;
	en: string;
}

/**
 * What the content check (`npm run check:content`) refuses in the file the web editor is about to
 * save: the file is written as it will be, read back through the one reader the check and the
 * build use (readStoryFile), and checked by the story schema and the plausibility rules, each
 * message as the check words it. Warnings do not stop a save.
 */
export function checkStoryData(data: Record<string, unknown>, now = Date.now()): SaveProblem[] {
	const read = readStoryFile(writeStoryFile(data));
	if ('problem' in read) return [{ en: read.problem.message, bn: read.problem.bn }];
	const edition = read.file.data;
	const result = editionSchema.safeParse(edition);
	if (!result.success) {
		const bn = editionSchemaIn('bn').safeParse(edition).error?.issues ?? [];
		return result.error.issues.map((issue, i) => ({
			en: describeIssue(edition, issue, 'en'),
			bn: describeIssue(edition, bn[i] ?? issue, 'bn'),
		}));
	}
	if (result.data.translationOf !== undefined) return [];
	return checkPlausibility(result.data, now)
		.filter((p) => !p.warning)
		.map((p) => ({ en: p.message, bn: p.bn }));
}
