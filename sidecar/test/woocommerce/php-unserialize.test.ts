import { execFileSync } from 'node:child_process';
import { phpUnserialize, PhpUnserializeError, tryPhpUnserialize } from '../../src/woocommerce/php-unserialize';

/** serialize() output of a PHP expression, from the real php-cli (bytes, not a JS string). */
const serialize = (expression: string, prelude = ''): Buffer => execFileSync('php', ['-r', `${prelude} echo serialize(${expression});`]);

const rejects = (input: string | Buffer, reason: RegExp) => {
	expect(() => phpUnserialize(input)).toThrow(PhpUnserializeError);
	expect(() => phpUnserialize(input)).toThrow(reason);
};

describe('phpUnserialize on real PHP output', () => {
	it('reads scalars', () => {
		expect(phpUnserialize(serialize('null'))).toBeNull();
		expect(phpUnserialize(serialize('true'))).toBe(true);
		expect(phpUnserialize(serialize('false'))).toBe(false);
		expect(phpUnserialize(serialize('-42'))).toBe(-42);
		expect(phpUnserialize(serialize('9007199254740991'))).toBe(Number.MAX_SAFE_INTEGER);
	});

	it('reads floats including INF, NAN and -0', () => {
		expect(phpUnserialize(serialize('0.1'))).toBe(0.1);
		expect(phpUnserialize(serialize('37.19008264'))).toBe(37.19008264);
		expect(phpUnserialize(serialize('1.5e300'))).toBe(1.5e300);
		expect(phpUnserialize(serialize('INF'))).toBe(Infinity);
		expect(phpUnserialize(serialize('-INF'))).toBe(-Infinity);
		expect(phpUnserialize(serialize('NAN'))).toBeNaN();
		expect(Object.is(phpUnserialize(serialize('-0.0')), -0)).toBe(true);
	});

	it('counts string lengths in UTF-8 bytes', () => {
		for (const text of ['Café Crème mok', 'Müesli-Schale Grün', 'Cadeaubon € 25', 'Poster 50×70', '🛒 emoji', 'quote " ; } and \\0']) {
			const input = serialize(`'${text.replaceAll("'", "\\'")}'`);
			expect(phpUnserialize(input)).toBe(text);
			expect(phpUnserialize(input.toString('utf8'))).toBe(text);
		}
		expect(phpUnserialize(serialize('"a\\0b"'))).toBe('a\0b');
	});

	it('turns lists into arrays and other arrays into prototype-less maps', () => {
		expect(phpUnserialize(serialize('[1, "two", 3.5, null, false]'))).toEqual([1, 'two', 3.5, null, false]);
		expect(phpUnserialize(serialize('[]'))).toEqual([]);
		const map = phpUnserialize(serialize('[5 => "a", "b" => ["c" => [1, 2], "d" => []]]'));
		expect(Object.getPrototypeOf(map)).toBeNull();
		expect(JSON.parse(JSON.stringify(map))).toEqual({ 5: 'a', b: { c: [1, 2], d: [] } });
		expect(phpUnserialize(serialize('[1 => "x", 0 => "y"]'))).toEqual(expect.objectContaining({ 1: 'x', 0: 'y' }));
	});

	it('cannot pollute prototypes through __proto__ or constructor keys', () => {
		const value = phpUnserialize(serialize('["__proto__" => ["polluted" => true], "constructor" => ["prototype" => ["polluted" => true]]]'));
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.keys(value as object)).toEqual(['__proto__', 'constructor']);
		expect((value as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('phpUnserialize rejects', () => {
	it('objects, custom serializations, references and enums', () => {
		rejects(serialize('new stdClass'), /unsupported type 'O'/);
		rejects(serialize('["rate" => $o]', '$o = new stdClass; $o->x = 1;'), /unsupported type 'O'/);
		rejects(serialize('new ArrayObject([1])'), /unsupported type '[OC]'/);
		rejects(serialize('$a', '$a = [1]; $a[1] = &$a[0];'), /unsupported type 'R'/);
		rejects(serialize('[$o, $o]', '$o = new stdClass;'), /unsupported type 'O'/);
		rejects('a:2:{i:0;a:0:{}i:1;r:2;}', /unsupported type 'r'/);
		rejects(serialize('Suit::Hearts', 'enum Suit { case Hearts; }'), /unsupported type 'E'/);
		rejects('C:11:"ArrayObject":0:{}', /unsupported type 'C'/);
	});

	it('wrong string lengths', () => {
		expect(phpUnserialize('s:5:"Café";')).toBe('Café'); // 5 bytes: C a f \xc3\xa9
		rejects('s:4:"Café";', /expected '"'/); // a character count is wrong
		rejects('a:1:{i:0;s:6:"Café";}', /expected '"'/);
		rejects('s:500:"short";', /string length exceeds input/);
	});

	it('every truncation of real output, huge counts, deep nesting and trailing data', () => {
		const full = serialize('["cart" => ["k" => ["product_id" => 11, "variation" => ["attribute_pa_color" => "blue"]]], "total" => 102.99, "ok" => true]');
		for (let end = 0; end < full.length; end++) expect(() => phpUnserialize(full.subarray(0, end))).toThrow(PhpUnserializeError);
		rejects('a:999999999:{}', /array count exceeds input/);
		rejects('i:99999999999999999999;', /unsafe integer/);
		rejects('a:1:{i:0;'.repeat(200) + 'N;' + '}'.repeat(200), /nesting too deep/);
		rejects('N;N;', /trailing data/);
		rejects('a:1:{d:1.5;N;}', /array key/);
		rejects('b:2;', /invalid boolean/);
		rejects('d:1.2.3;', /invalid float/);
		rejects('', /unexpected end of input/);
		expect(tryPhpUnserialize('O:8:"stdClass":0:{}')).toBeUndefined();
	});
});
