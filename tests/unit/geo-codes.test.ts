/** The boundary importer reads CBS codes with letters (Amsterdam since 2022) like any other. */
import { describe, expect, it } from 'vitest';

import { selectAreas } from '#lib/geo/import/attributes.ts';
import type { SourceFeature, SourceFile } from '#lib/geo/import/read.ts';

const feature = (number: number, statcode: string, statnaam: string): SourceFeature => ({
	number,
	properties: { statcode, statnaam },
	geometry: () => null,
});

function select(level: 'wijken' | 'buurten', features: SourceFeature[]) {
	const source: SourceFile = { file: 'gebieden.geojson', format: 'GeoJSON', features, bytes: 0 };
	const problems: string[] = [];
	const selection = selectAreas(
		source,
		level,
		'GM0363',
		undefined,
		undefined,
		(_, message) => problems.push(message),
		(_, message) => problems.push(message),
	);
	return { codes: selection.areas.map((a) => [a.code, a.naam]), problems };
}

describe('selectAreas with letters in codes', () => {
	it('takes WK0363AF and BU0363AF01, and leaves out other gemeenten', () => {
		expect(
			select('wijken', [feature(1, 'WK0363AF', 'Burgwallen-Oude Zijde'), feature(2, 'WK034401', 'Utrecht')]),
		).toEqual({
			codes: [['WK0363AF', 'Burgwallen-Oude Zijde']],
			problems: [],
		});
		expect(select('buurten', [feature(1, 'bu0363af01', 'Kop Zeedijk')])).toEqual({
			codes: [['BU0363AF01', 'Kop Zeedijk']],
			problems: [],
		});
	});

	it('explains the code forms for a code that is wrong', () => {
		const { problems } = select('buurten', [feature(1, 'BU0363AF0', 'Te kort'), feature(2, 'BU0363AF01', 'Goed')]);
		expect(problems).toEqual([
			"de code 'BU0363AF0' (kenmerk statcode) is geen CBS-code van een buurt. Een code van een buurt is BU en 8 cijfers of hoofdletters (de eerste 4 zijn de gemeente), bijvoorbeeld BU03440111 of BU0363AF01. Verbeter de code in het bestand.",
		]);
	});
});
