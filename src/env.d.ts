import type { Taal } from '#lib/i18n/talen.ts';

declare global {
	namespace App {
		interface Locals {
			/** The language of the page being built, from its address (src/middleware.ts). */
			taal: Taal;
		}
	}
}
