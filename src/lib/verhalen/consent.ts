/**
 * Whether a story may be published on the day of the build. A story whose consent has ended
 * is left out, with a notice for the editors (never a broken build); what the consent does not
 * cover (a name, a photo, a minor without a parent's consent) is refused by the schema.
 */
import { mayShowName, mayShowPhoto, type Verhaal } from '#schemas/verhaal.ts';

/** The consent still holds on `today` (YYYY-MM-DD, Europe/Amsterdam): until and including `tot`. */
export function consentHolds(story: Pick<Verhaal, 'toestemming'>, today: string): boolean {
	const { tot } = story.toestemming;
	return !tot || today <= tot;
}

/** What of the storyteller may be shown: the name and the photo only as far as the consent covers them. */
export function shownStoryteller(story: Pick<Verhaal, 'verteller' | 'foto' | 'toestemming'>) {
	const { publiceren } = story.toestemming;
	return {
		naam: mayShowName(publiceren) ? story.verteller : undefined,
		foto: mayShowPhoto(publiceren) ? story.foto : undefined,
	};
}

/** The line printed for editors when a story is no longer published. */
export function endedConsentNotice(file: string, story: Pick<Verhaal, 'titel' | 'toestemming'>): string {
	return `${file}: het verhaal "${story.titel}" staat niet meer op de site, omdat de toestemming liep tot ${story.toestemming.tot}. Vraag de verteller om nieuwe toestemming en zet een nieuwe datum bij tot, of haal het verhaal weg.`;
}
