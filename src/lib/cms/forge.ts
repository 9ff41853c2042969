/** The web origins the editor talks to for a forge: its API, and where avatars come from. */
import type { Redactie } from '#schemas/redactie.ts';

export function forgeOrigins(r: Redactie): string[] {
	if (r.platform === 'gitlab') return [new URL(r.gitlabAdres ?? 'https://gitlab.com').origin];
	return ['https://api.github.com', 'https://avatars.githubusercontent.com'];
}
