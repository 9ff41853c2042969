import { z } from 'astro/zod';

import { afbeelding, datum, jaNee, tekst } from './fields.ts';
import { verbanden } from './verbanden.ts';

export const nieuwsSchema = z.strictObject({
	titel: tekst(),
	datum: datum(),
	samenvatting: tekst(),
	wijken: z.array(tekst()).default([]),
	succes: jaNee().default(false),
	afbeelding: afbeelding().optional(),
	verbanden: verbanden(),
});

export type Nieuws = z.output<typeof nieuwsSchema>;
