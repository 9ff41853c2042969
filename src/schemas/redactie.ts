/**
 * The editor at /admin/ (portaal.yaml, `redactie:`): which forge holds the portal's files and
 * how editors sign in. Without this block the site has no /admin/.
 */
import { z } from 'astro/zod';

import { keuze, tekst, webadres } from './fields.ts';

export const FORGES = ['github', 'gitlab'] as const;
export type Forge = (typeof FORGES)[number];

export const redactieSchema = z
	.strictObject({
		platform: keuze(FORGES, 'platform').meta({
			title: 'Platform',
			description: 'Waar de bestanden van het portaal staan: github of gitlab.',
		}),
		repository: tekst()
			.regex(/^[\w.-]+(?:\/[\w.-]+)+$/, {
				error: 'dit is geen repository. Schrijf eigenaar/naam, bijvoorbeeld gemeente-brinkwoude/wijkportaal.',
			})
			.meta({
				title: 'Repository',
				description: 'De naam van de repository: eigenaar/naam, bijvoorbeeld gemeente-brinkwoude/wijkportaal.',
			}),
		branch: tekst()
			.default('main')
			.meta({ title: 'Branch', description: 'De branch waarop de gepubliceerde inhoud staat. Meestal main.' }),
		inlogdienst: webadres().optional().meta({
			title: 'Inlogdienst',
			description:
				'Alleen voor GitHub: het adres van de dienst waarmee redacteuren inloggen (OAuth), bijvoorbeeld https://inloggen.gemeente.nl.',
		}),
		gitlabAdres: webadres().optional().meta({
			title: 'GitLab-adres',
			description: 'Alleen voor een eigen GitLab-server: het adres, bijvoorbeeld https://gitlab.gemeente.nl.',
		}),
		applicatieId: tekst().optional().meta({
			title: 'Applicatie-id',
			description: 'Alleen voor GitLab: het Application ID van de OAuth-applicatie van de redactie.',
		}),
	})
	.superRefine((r, ctx) => {
		if (r.platform === 'gitlab' && !r.applicatieId)
			ctx.addIssue({
				code: 'custom',
				path: ['applicatieId'],
				message:
					'dit veld ontbreekt. Met platform gitlab loggen redacteuren in via een OAuth-applicatie in GitLab. Maak die aan en zet hier haar Application ID; zie docs/redactieomgeving.md.',
			});
		if (r.platform === 'github' && (r.gitlabAdres || r.applicatieId))
			ctx.addIssue({
				code: 'custom',
				path: [r.gitlabAdres ? 'gitlabAdres' : 'applicatieId'],
				message: 'dit veld hoort alleen bij platform gitlab. Haal het weg, of kies platform: gitlab.',
			});
	});

export type Redactie = z.output<typeof redactieSchema>;
