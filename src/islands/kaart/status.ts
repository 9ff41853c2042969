/** The live region under the map that announces what the map shows now (for screen readers). */
import { h } from './dom.ts';

export class StatusRegion {
	readonly element = h('p', { class: 'kaart-interactief__status visually-hidden', role: 'status' });

	announce(text: string): void {
		this.element.textContent = text;
	}
}
