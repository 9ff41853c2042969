import { describe, expect, it } from 'vitest';
import { findUnsafeMdx } from '../../src/lib/markdown/mdx-safety.ts';

const lines = (body: string) => findUnsafeMdx(body).map((f) => f.line);

describe('findUnsafeMdx', () => {
	it('allows ordinary Markdown, local images and links to other websites', () => {
		expect(findUnsafeMdx('## Kop\n\nTekst met [een link](https://www.example.nl/).\n\n![Kaart](./beelden/kaart.svg)\n')).toEqual([]);
	});

	it('reports scripts, embedded pages, event handlers and inline styles with their line', () => {
		const body = ['Eerst gewone tekst.', '<script>alert(1)</script>', '<iframe src="/x"></iframe>', '<button onClick={() => go()}>Ga</button>', '<p style={{ color: "red" }}>Rood</p>'].join('\n');
		const found = findUnsafeMdx(body);
		expect(found.map((f) => f.line)).toEqual([2, 3, 4, 5]);
		expect(found[0]!.message).toContain('<script>');
		expect(found[1]!.message).toContain('<iframe>');
		expect(found[2]!.message).toContain('onclick=');
		expect(found[3]!.message).toContain('style=');
	});

	it('reports files loaded from another website, also protocol-relative and in JSX', () => {
		expect(lines('![Foto](https://cdn.example/foto.jpg)')).toEqual([1]);
		expect(lines('<img src="//cdn.example/foto.jpg" alt="Foto" />')).toEqual([1]);
		expect(lines("<img src={'https://cdn.example/foto.jpg'} alt='Foto' />")).toEqual([1]);
		expect(findUnsafeMdx('![Foto](http://cdn.example/foto.jpg)')[0]!.message).toContain('http://cdn.example/foto.jpg');
	});

	it('ignores examples inside fenced code blocks, and reports only once per line', () => {
		expect(lines('```html\n<script>uitleg</script>\n```\n<script>echt</script>')).toEqual([4]);
		expect(lines('<script src="https://cdn.example/x.js" onload="x()"></script>')).toEqual([1]);
	});
});
