/** The kind of a built page, its language and one sample page per kind: shared with `npm run audit`. */
export {
	builtPages,
	type PageFile,
	pageKind,
	pageTaal,
	type SamplePage,
	samplePages,
} from '#scripts/audit/page-kind.ts';
