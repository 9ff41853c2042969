declare namespace App {
	interface Locals {
		/** The language of the page being built, from its address (src/middleware.ts). */
		taal: import('#lib/i18n/talen.ts').Taal;
	}
}
