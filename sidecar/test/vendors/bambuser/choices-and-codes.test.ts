/**
 * Bambuser product data, issue 12 item 4: variations with an "any" attribute offered once per value of the
 * parent's attribute (V-Neck T-Shirt 10: variations 24–26 fix the colour and leave the size empty, as
 * WooCommerce's sample data does), and scanned-code lookups on a post meta key (WooCommerce's GTIN field
 * `_global_unique_id` by default), on a private fixture copy that the tests give codes.
 */
import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';
import { HPOS_DATABASE, privateDatabase, stackDb, TEST_PREFIX } from '../../stack';

interface Variation { id: number; sku: string; name: string; url: string; attributes: Array<{ attributeId: string; optionId: string }> }
interface Product { id: number; defaultVariationIndex: number; attributes: Array<{ id: string; options: Array<{ id: string; name: string }> }>; variations: Variation[] }
interface Lookup { products: Product[]; notFound: string[] }

async function sql(statement: string, database = HPOS_DATABASE): Promise<string[][]> {
	return (await stackDb().sql(statement, database)).split('\n').filter(Boolean).map((l) => l.split('\t'));
}

describe('"any" attributes', () => {
	let app: FastifyInstance;
	beforeAll(async () => {
		app = await build();
	});
	afterAll(async () => app.close());

	const lookup = async (query: string) => (await app.inject(`/commerce-bridge/bambuser/products?${query}`)).json() as Lookup;

	test('each variation with an empty size meta is offered once per size of the parent, with the size in its sku', async () => {
		const stored = await sql(`SELECT post_id, meta_key, meta_value FROM ${TEST_PREFIX}postmeta WHERE post_id IN (24, 25, 26) AND meta_key LIKE 'attribute\\_%' ORDER BY post_id, meta_key`);
		expect(stored).toEqual([['24', 'attribute_pa_color', 'red'], ['24', 'attribute_pa_size', ''], ['25', 'attribute_pa_color', 'green'], ['25', 'attribute_pa_size', ''], ['26', 'attribute_pa_color', 'blue'], ['26', 'attribute_pa_size', '']]);
		const sizes = (await sql(`SELECT t.slug FROM ${TEST_PREFIX}term_relationships tr JOIN ${TEST_PREFIX}term_taxonomy tt ON tt.term_taxonomy_id = tr.term_taxonomy_id
			JOIN ${TEST_PREFIX}terms t ON t.term_id = tt.term_id WHERE tr.object_id = 10 AND tt.taxonomy = 'pa_size'`)).map(([slug]) => slug!);
		expect(sizes.length).toBeGreaterThan(1);
		const { products: [shirt] } = await lookup('ids=10');
		const declared = shirt!.attributes.find((a) => a.id === 'pa_size')!.options.map((o) => o.id);
		expect(new Set(declared)).toEqual(new Set(sizes));
		const expected = [[24, 'red'], [25, 'green'], [26, 'blue']].flatMap(([id, color]) => declared.map((size) => ({
			id, sku: `${id}|attribute_pa_size=${size}`,
			attributes: [{ attributeId: 'pa_color', optionId: color }, { attributeId: 'pa_size', optionId: size }],
		})));
		expect(shirt!.variations.map(({ id, sku, attributes }) => ({ id, sku, attributes }))).toEqual(expected);
		const small = shirt!.variations.find((v) => v.sku === `25|attribute_pa_size=${declared[0]}`)!;
		expect(small.name).toBe(`Green / ${shirt!.attributes.find((a) => a.id === 'pa_size')!.options[0]!.name}`);
		expect(new URL(small.url).searchParams.get('attribute_pa_size')).toBe(declared[0]);
	});

	test('a variation id preselects its first choice; a URL with both values preselects that choice', async () => {
		const { products: [byId] } = await lookup('ids=25');
		expect(byId!.variations[byId!.defaultVariationIndex]!.id).toBe(25);
		const [[slug]] = await sql(`SELECT post_name FROM ${TEST_PREFIX}posts WHERE ID = 10`) as [[string]];
		const size = byId!.attributes.find((a) => a.id === 'pa_size')!.options.at(-1)!.id;
		const url = `http://127.0.0.1:8080/product/${slug}/?attribute_pa_color=blue&attribute_pa_size=${size}`;
		const { products: [byUrl] } = await lookup(`url=${encodeURIComponent(url)}`);
		expect(byUrl!.variations[byUrl!.defaultVariationIndex]!.sku).toBe(`26|attribute_pa_size=${size}`);
	});

	test('fully fixed variations keep their plain id as sku', async () => {
		const { products: [sneaker] } = await lookup('ids=102');
		expect(sneaker!.variations.every((v) => v.sku === String(v.id))).toBe(true);
	});
});

describe('scanned codes', () => {
	let app: FastifyInstance;
	let db: Awaited<ReturnType<typeof privateDatabase>>;

	const bambuserOption = (metaKey?: string) => (metaKey === undefined ? 'a:2:{s:7:"enabled";b:1;s:5:"orgId";s:3:"LAB";}'
		: `a:3:{s:7:"enabled";b:1;s:5:"orgId";s:3:"LAB";s:11:"gtinMetaKey";s:${metaKey.length}:"${metaKey}";}`);
	const setOption = (metaKey?: string) => sql(`INSERT INTO ${TEST_PREFIX}options (option_name, option_value, autoload)
		VALUES ('commerce_bridge_bambuser', '${bambuserOption(metaKey)}', 'off') ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)`, db.name);
	const get = (query: string) => app.inject(`/commerce-bridge/bambuser/products?${query}`);
	/** The product ids a code finds, asked until they are `wanted` or 5 s have passed (settings are cached 2 s). */
	async function found(code: string, wanted: number[]): Promise<number[]> {
		for (const deadline = Date.now() + 5000; ; await new Promise((r) => setTimeout(r, 250))) {
			const ids = ((await get(`code=${code}`)).json() as Lookup).products.map((p) => p.id);
			if (JSON.stringify(ids) === JSON.stringify(wanted) || Date.now() > deadline) return ids;
		}
	}

	beforeAll(async () => {
		db = await privateDatabase();
		await sql(`INSERT INTO ${TEST_PREFIX}postmeta (post_id, meta_key, meta_value) VALUES
			(14, '_global_unique_id', '8712345000014'), (110, '_global_unique_id', '8712345001103'),
			(98, '_global_unique_id', '8712345000984'), (16, '_alg_ean', '4006381333931')`, db.name);
		await setOption();
		app = await build({ env: { DATABASE_URL: db.url } });
	});
	afterAll(async () => {
		await app.close();
		await db.drop();
	});

	test('a GTIN finds its product, or a variation\'s product with that variation preselected', async () => {
		const beanie = (await get('code=8712345000014')).json() as Lookup;
		expect(beanie.products.map((p) => p.id)).toEqual([14]);
		const sneaker = (await get('code=8712345001103')).json() as Lookup;
		expect(sneaker.products[0]!.variations[sneaker.products[0]!.defaultVariationIndex]!.id).toBe(110);
	});

	test('codes of unpublished products, codes of another meta key and unknown codes are not found', async () => {
		for (const code of ['8712345000984', '4006381333931', '0000000000000']) {
			expect((await get(`code=${code}`)).json()).toMatchObject({ products: [], notFound: [code] });
		}
	});

	test('the configured meta key is used instead; an invalid stored key falls back to _global_unique_id', async () => {
		await setOption('_alg_ean');
		expect(await found('4006381333931', [16])).toEqual([16]);
		expect(await found('8712345000014', [])).toEqual([]);
		await setOption('bad key;--');
		expect(await found('8712345000014', [14])).toEqual([14]);
	});

	test.each(['code=', 'code=has%20space', `code=${'9'.repeat(101)}`, 'code=123&sku=woo-beanie', 'code=%E2%82%AC'])('bad input ?%s → 400', async (query) => {
		const res = await get(query);
		expect(res.statusCode).toBe(400);
		expect(res.json()).toMatchObject({ error: 'bad_request' });
	});
});
