/**
 * A safe subset of PHP's unserialize(): null, booleans, integers, floats, strings and arrays only.
 * Objects and references (O: C: r: R: E:) are rejected, so a stored value can never instantiate
 * anything. Lengths in `s:<n>:"…"` are UTF-8 byte counts, hence the parser works on bytes.
 * Every failure is a PhpUnserializeError; nothing else is thrown.
 */

/** A PHP array whose keys are not 0..n-1 in order; created without a prototype (no `__proto__` pollution). */
export interface PhpMap {
	[key: string]: PhpValue;
}
export type PhpValue = null | boolean | number | string | PhpValue[] | PhpMap;

export class PhpUnserializeError extends Error {
	constructor(message: string, readonly offset: number) {
		super(`${message} at byte ${offset}`);
		this.name = 'PhpUnserializeError';
	}
}

const MAX_DEPTH = 64;
/** The smallest array element, `i:0;N;`, is 6 bytes: a larger declared count is a lie. */
const MIN_ELEMENT_BYTES = 6;
const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|INF|-INF|NAN)$/;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const QUOTE = 0x22;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

export function phpUnserialize(input: string | Buffer): PhpValue {
	const parser = new Parser(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
	const value = parser.value(0);
	if (parser.pos !== parser.bytes.length) throw new PhpUnserializeError('trailing data', parser.pos);
	return value;
}

/** Returns the parsed value, or `undefined` when the input is not a valid safe serialization. */
export function tryPhpUnserialize(input: string | Buffer): PhpValue | undefined {
	try {
		return phpUnserialize(input);
	} catch (error) {
		if (error instanceof PhpUnserializeError) return undefined;
		throw error;
	}
}

class Parser {
	pos = 0;
	constructor(readonly bytes: Buffer) {}

	value(depth: number): PhpValue {
		if (depth > MAX_DEPTH) this.fail('nesting too deep');
		const type = this.bytes[this.pos];
		if (type === undefined) this.fail('unexpected end of input');
		if (type === 0x4e /* N */) {
			this.pos++;
			this.expect(SEMICOLON);
			return null;
		}
		this.pos++;
		this.expect(COLON);
		switch (type) {
			case 0x62 /* b */:
				return this.boolean();
			case 0x69 /* i */:
				return this.integer(this.token(SEMICOLON));
			case 0x64 /* d */:
				return this.float();
			case 0x73 /* s */:
				return this.string();
			case 0x61 /* a */:
				return this.array(depth);
			default:
				return this.fail(`unsupported type '${String.fromCharCode(type)}'`, this.pos - 2);
		}
	}

	private boolean(): boolean {
		const token = this.token(SEMICOLON);
		if (token !== '0' && token !== '1') this.fail('invalid boolean');
		return token === '1';
	}

	private integer(token: string): number {
		const n = Number(token);
		if (!INTEGER.test(token) || !Number.isSafeInteger(n)) this.fail('invalid or unsafe integer');
		return n;
	}

	private float(): number {
		const token = this.token(SEMICOLON);
		if (!FLOAT.test(token)) this.fail('invalid float');
		if (token === 'INF') return Infinity;
		if (token === '-INF') return -Infinity;
		if (token === 'NAN') return NaN;
		return Number(token);
	}

	private string(): string {
		const length = this.length(COLON);
		this.expect(QUOTE);
		const start = this.pos;
		const end = start + length;
		if (end + 2 > this.bytes.length) this.fail('string length exceeds input', start);
		this.pos = end;
		this.expect(QUOTE);
		this.expect(SEMICOLON);
		return this.bytes.toString('utf8', start, end);
	}

	private array(depth: number): PhpValue[] | PhpMap {
		const count = this.length(COLON);
		if (count * MIN_ELEMENT_BYTES > this.bytes.length - this.pos) this.fail('array count exceeds input');
		this.expect(OPEN_BRACE);
		const keys: Array<string | number> = [];
		const values: PhpValue[] = [];
		for (let i = 0; i < count; i++) {
			keys.push(this.key());
			values.push(this.value(depth + 1));
		}
		this.expect(CLOSE_BRACE);
		if (keys.every((key, index) => key === index)) return values;
		const map: PhpMap = Object.create(null) as PhpMap;
		keys.forEach((key, index) => (map[String(key)] = values[index] ?? null));
		return map;
	}

	private key(): string | number {
		const type = this.bytes[this.pos];
		if (type === 0x69 /* i */) {
			this.pos++;
			this.expect(COLON);
			return this.integer(this.token(SEMICOLON));
		}
		if (type === 0x73 /* s */) {
			this.pos++;
			this.expect(COLON);
			return this.string();
		}
		return this.fail('array key must be an integer or a string');
	}

	/** A non-negative decimal length followed by `terminator`. */
	private length(terminator: number): number {
		const token = this.token(terminator);
		if (!/^\d{1,15}$/.test(token)) this.fail('invalid length');
		return Number(token);
	}

	/** Reads up to `terminator` (consumed); tokens are short, so a missing terminator fails fast. */
	private token(terminator: number): string {
		const end = this.bytes.indexOf(terminator, this.pos);
		if (end === -1 || end - this.pos > 400) this.fail('unterminated token');
		const token = this.bytes.toString('latin1', this.pos, end);
		this.pos = end + 1;
		return token;
	}

	private expect(byte: number): void {
		if (this.bytes[this.pos] !== byte) this.fail(`expected '${String.fromCharCode(byte)}'`);
		this.pos++;
	}

	private fail(message: string, offset = this.pos): never {
		throw new PhpUnserializeError(message, offset);
	}
}
