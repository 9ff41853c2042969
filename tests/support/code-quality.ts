/**
 * A GitLab Code Quality report as GitLab documents it ("Code Quality", "Implement a custom
 * tool"): a JSON array of issues, each with a description, a check_name, a unique
 * fingerprint, a severity of info, minor, major, critical or blocker, and a location with
 * the path relative to the repository root and the line where the issue begins.
 */
import { z } from 'astro/zod';

export const codeQualityReport = z
	.array(
		z.object({
			description: z.string().min(1),
			check_name: z.string().min(1),
			fingerprint: z.string().min(1),
			severity: z.enum(['info', 'minor', 'major', 'critical', 'blocker']),
			location: z.object({
				path: z
					.string()
					.min(1)
					.refine((p) => !p.startsWith('/') && !p.startsWith('./') && !p.includes('\\'), 'relative path with /'),
				lines: z.object({ begin: z.number().int().min(1) }),
			}),
		}),
	)
	.refine((issues) => new Set(issues.map((i) => i.fingerprint)).size === issues.length, 'unique fingerprints');
