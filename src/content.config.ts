/**
 * The portal's content types. Each schema lives in src/schemas/ (Dutch field names, Dutch
 * error messages) and is shared with `npm run check`; this file wires them to Astro.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentDir } from './lib/content/content-dir.ts';
import { wijkportaalLoader } from './loaders/wijkportaal-loader.ts';
import { activiteitSchema } from './schemas/activiteit.ts';
import { agendaSchema } from './schemas/agenda.ts';
import { indicatorenSchema } from './schemas/indicatoren.ts';
import { nieuwsSchema } from './schemas/nieuws.ts';
import { portaalSchema } from './schemas/portaal.ts';
import { wijkSchema } from './schemas/wijk.ts';

export const collections = {
	portaal: defineCollection({ loader: wijkportaalLoader('portaal'), schema: portaalSchema }),
	wijken: defineCollection({ loader: wijkportaalLoader('wijk'), schema: wijkSchema }),
	agenda: defineCollection({ loader: wijkportaalLoader('agenda'), schema: agendaSchema }),
	activiteiten: defineCollection({ loader: wijkportaalLoader('activiteit'), schema: activiteitSchema }),
	// The wijkkompas's themes and indicator definitions. Its values (content/indicatoren/waarden/*.json,
	// schema in src/schemas/waarden.ts) can hold millions of rows: src/lib/wijkkompas reads them once
	// per build instead of copying them into Astro's data store.
	indicatoren: defineCollection({ loader: wijkportaalLoader('indicatoren'), schema: indicatorenSchema }),
	// News is written by the communications team and may use MDX.
	nieuws: defineCollection({
		loader: glob({
			pattern: '*.{md,mdx}',
			base: join(contentDir(), 'nieuws'),
			generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
		}),
		schema: nieuwsSchema,
	}),
};
