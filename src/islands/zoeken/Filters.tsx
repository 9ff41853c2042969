/**
 * Filter chips: per filter (kind of page, wijk, theme, status) a group of check boxes with the
 * number of results each would show. Plain check boxes in a fieldset, so keyboard and screen
 * readers work as everywhere.
 */
import { dutchCollator } from '#lib/site/collator.ts';

import { fill, type ZoekTeksten } from './texts.ts';

const ORDER = ['soort', 'wijk', 'thema', 'status'];

export function Filters({
	counts,
	selected,
	onChange,
	teksten,
}: {
	teksten: NonNullable<ZoekTeksten['filters']>;
	counts: Record<string, Record<string, number>>;
	selected: Record<string, string[]>;
	onChange: (next: Record<string, string[]>) => void;
}) {
	const groups = ORDER.filter((name) => Object.values(counts[name] ?? {}).some((n) => n > 0) || selected[name]?.length);
	if (!groups.length) return null;
	const anySelected = Object.values(selected).some((values) => values.length);
	const toggle = (name: string, value: string, on: boolean) => {
		const current = selected[name] ?? [];
		onChange({ ...selected, [name]: on ? [...current, value] : current.filter((v) => v !== value) });
	};
	return (
		<details className="zoek-filters">
			<summary className="zoek-filters__titel">
				{teksten.titel}
				{anySelected ? ` ${fill(teksten.aan, { aantal: Object.values(selected).flat().length })}` : ''}
			</summary>
			{groups.map((name) => {
				const values = Object.entries(counts[name] ?? {})
					.filter(([value, n]) => n > 0 || selected[name]?.includes(value))
					.sort(([a], [b]) => dutchCollator.compare(a, b));
				return (
					<fieldset key={name} className="zoek-filters__groep">
						<legend>{teksten.namen[name] ?? name}</legend>
						{values.map(([value, n]) => (
							<label key={value} className="zoek-chip">
								<input
									type="checkbox"
									name={name}
									value={value}
									checked={selected[name]?.includes(value) ?? false}
									onChange={(event) => toggle(name, value, event.currentTarget.checked)}
								/>
								{value} <span className="zoek-chip__aantal">({n})</span>
							</label>
						))}
					</fieldset>
				);
			})}
			{anySelected && (
				<button type="button" className="zoek-knop zoek-knop--licht" onClick={() => onChange({})}>
					{teksten.wissen}
				</button>
			)}
		</details>
	);
}
