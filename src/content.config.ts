/**
 * The portal's content types. Each schema lives in src/schemas/ (Dutch field names, Dutch
 * error messages, and every rule within one file) and is shared with `npm run check`; this
 * file wires them to Astro. Rules that span files are in src/lib/content/rules/.
 */
import { defineCollection } from 'astro:content';

import { wijkportaalLoader } from './loaders/wijkportaal-loader.ts';
import { activiteitSchema } from './schemas/activiteit.ts';
import { agendaSchema } from './schemas/agenda.ts';
import { ambitieSchema } from './schemas/ambitie.ts';
import { budgetSchema } from './schemas/budget.ts';
import { eigenGebiedenSchema } from './schemas/eigen-gebieden.ts';
import { indicatorenSchema } from './schemas/indicatoren.ts';
import { initiatiefSchema } from './schemas/initiatief.ts';
import { nieuwsSchema } from './schemas/nieuws.ts';
import { organisatieSchema } from './schemas/organisatie.ts';
import { portaalSchema } from './schemas/portaal.ts';
import { verhaalSchema } from './schemas/verhaal.ts';
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
	// News is written by the communications team in Markdown or MDX. MDX is parsed, never
	// compiled: src/lib/nieuws/render.ts turns it into safe HTML with the allowed components.
	nieuws: defineCollection({ loader: wijkportaalLoader('nieuws'), schema: nieuwsSchema }),
	// Bewonersinitiatieven (content/initiatieven/*.md) and the wijkbudget per wijk (content/wijken/<wijk>/budget.yaml).
	initiatieven: defineCollection({ loader: wijkportaalLoader('initiatief'), schema: initiatiefSchema }),
	budgetten: defineCollection({ loader: wijkportaalLoader('budget'), schema: budgetSchema }),
	// The verhalenboek (content/verhalen/*.md): residents' stories, published only with their consent.
	verhalen: defineCollection({ loader: wijkportaalLoader('verhaal'), schema: verhaalSchema }),
	// The wijkambitie per wijk (content/wijken/<wijk>/ambitie.md): the wijkanalyse and the goals tree.
	ambities: defineCollection({ loader: wijkportaalLoader('ambitie'), schema: ambitieSchema }),
	// The sociale kaart: organisations and groups per wijk (content/wijken/<wijk>/sociale-kaart/*.md).
	socialeKaart: defineCollection({ loader: wijkportaalLoader('organisatie'), schema: organisatieSchema }),
	// The municipality's own areas (content/gebieden/<indeling>.yaml): sets of CBS buurten with figures of their own.
	gebieden: defineCollection({ loader: wijkportaalLoader('indeling'), schema: eigenGebiedenSchema }),
};
