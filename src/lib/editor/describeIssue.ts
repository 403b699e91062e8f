// The schema's wording of a problem's place lives with the schema (story/ never imports editor/).
export {
	describeIssue,
	entryLabel,
	fieldLabel,
	placeLabel,
	type FieldIssue,
} from '../story/describeIssue';
