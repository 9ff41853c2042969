/** The kind of a built page and one sample page per kind: shared with `npm run audit`. */
export { builtPages, pageKind, samplePages } from '#scripts/audit/page-kind.ts';
