/** Character ranges of scalar values in JSON text, by path (steps joined with U+0000). */
const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

export function jsonLeafRanges(text: string, wanted: Set<string>): Map<string, [number, number]> {
	const found = new Map<string, [number, number]>();
	const path: (string | number)[] = [];
	let i = 0;
	const skip = () => {
		while (i < text.length && isSpace(text.charCodeAt(i))) i++;
	};
	const string = () => {
		const start = i++;
		while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		i++;
		return text.slice(start, i);
	};
	const value = (): void => {
		skip();
		const c = text[i];
		if (c === '{' || c === '[') {
			const object = c === '{';
			i++;
			skip();
			if (text[i] === (object ? '}' : ']')) {
				i++;
				return;
			}
			for (let n = 0; ; n++) {
				skip();
				if (object) {
					path.push(JSON.parse(string()) as string);
					skip();
					i++; // :
				} else path.push(n);
				value();
				path.pop();
				skip();
				if (text[i++] !== ',') return;
			}
		}
		const start = i;
		if (c === '"') string();
		else
			while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== ',' && text[i] !== '}' && text[i] !== ']')
				i++;
		const key = path.join('\u0000');
		if (wanted.has(key)) found.set(key, [start, i]);
	};
	value();
	return found;
}
