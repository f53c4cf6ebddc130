/** Unit 0 never names a class: the index uses it to separate folded texts. */
const FIRST_CLASS = 1;
const MAX_CLASSES = 0xffff;
/** String.fromCharCode.apply takes this many units at a time. */
const SLICE = 4096;

/**
 * Characters grouped by their collation weight (one class per distinct weight), and text folded to one
 * UTF-16 unit per code point naming its class. ASCII goes through a table, the rest through a map.
 */
export class CharClasses {
	private readonly ascii = new Uint16Array(128);
	private readonly other = new Map<string, number>();
	private readonly classByWeight = new Map<string, number>();
	/** Per class: its weight as latin1 text (one char per weight byte). */
	private readonly weights: string[] = [];
	/** Per class: does a whitespace character (JavaScript's \s) weigh this? */
	private readonly separator = new Uint8Array(MAX_CLASSES + 1);
	private buffer = new Uint16Array(1024);
	/** The same units as bytes while every class is below 256 (the usual case): latin1 text is quick to make and compact. */
	private bytes = Buffer.alloc(1024);

	get size(): number {
		return this.ascii.reduce((n, unit) => n + (unit ? 1 : 0), 0) + this.other.size;
	}

	/** Records the weight (latin1 text) of one character. */
	add(char: string, weight: string): void {
		let unit = this.classByWeight.get(weight);
		if (unit === undefined) {
			unit = FIRST_CLASS + this.classByWeight.size;
			if (unit > MAX_CLASSES) throw new Error('search index: too many character classes');
			this.classByWeight.set(weight, unit);
			this.weights[unit] = weight;
		}
		if (/^\s$/u.test(char)) this.separator[unit] = 1;
		const code = char.charCodeAt(0);
		if (char.length === 1 && code < 128) this.ascii[code] = unit;
		else this.other.set(char, unit);
	}

	/** The characters of `texts` without a class yet. */
	unknownIn(texts: Iterable<string>): Set<string> {
		const unknown = new Set<string>();
		for (const text of texts) this.unknown(text, unknown);
		return unknown;
	}

	private unknown(text: string, into: Set<string>): void {
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code < 128) {
				if (this.ascii[code] === 0) into.add(text[i] ?? '');
				continue;
			}
			const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
			if (!this.other.has(char)) into.add(char);
			i += char.length - 1;
		}
	}

	/** One unit per code point; every character must have a class. */
	fold(text: string): string {
		if (this.buffer.length < text.length) [this.buffer, this.bytes] = [new Uint16Array(text.length * 2), Buffer.alloc(text.length * 2)];
		let n = 0;
		let wide = false;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			let unit = code < 128 ? this.ascii[code] ?? 0 : 0;
			if (code >= 128) {
				const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
				unit = this.other.get(char) ?? 0;
				i += char.length - 1;
			}
			if (unit === 0) throw new Error('search index: character without a class');
			wide ||= unit > 0xff;
			this.bytes[n] = unit;
			this.buffer[n++] = unit;
		}
		if (!wide) return this.bytes.toString('latin1', 0, n);
		let folded = '';
		for (let at = 0; at < n; at += SLICE) folded += String.fromCharCode(...this.buffer.subarray(at, Math.min(n, at + SLICE)));
		return folded;
	}

	isSeparator(unit: number): boolean {
		return this.separator[unit] === 1;
	}

	/** The weights of a folded text, ignorable characters (empty weight) left out. */
	weightsOf(folded: string): string {
		let key = '';
		for (let i = 0; i < folded.length; i++) key += this.weights[folded.charCodeAt(i)] ?? '';
		return key;
	}
}
