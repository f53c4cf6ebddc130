import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';
import { stackDb, HPOS_DATABASE } from '../../stack';

let app: FastifyInstance;
beforeAll(async () => {
	app = await build();
});
afterAll(async () => app.close());

interface Variation { id: number; sku: string; realSku: string; inStock: boolean; stockQuantity: number | null; price: { current: number; original: number | null }; attributes: Array<{ attributeId: string; optionId: string }> }
interface Product { ref: string; id: number; sku: string; name: string; brand: string; description: string; url: string; images: string[]; defaultVariationIndex: number; attributes: Array<{ id: string; name: string; options: Array<{ id: string; name: string }> }>; variations: Variation[] }
interface Lookup { currency: string; products: Product[]; notFound: string[] }

const get = (query: string) => app.inject(`/commerce-bridge/bambuser/products?${query}`);
async function lookup(query: string): Promise<Lookup> {
	const res = await get(query);
	expect(res.statusCode).toBe(200);
	expect(res.headers['cache-control']).toBe('public, max-age=60');
	return res.json() as Lookup;
}
async function sql(statement: string): Promise<string[][]> {
	return (await stackDb().sql(statement, HPOS_DATABASE)).split('\n').filter(Boolean).map((l) => l.split('\t'));
}

describe('lookup', () => {
	test('variable Sneaker 102: 12 variations with their own stock, price and attributes', async () => {
		const { products: [sneaker], currency } = await lookup('ids=102');
		expect(currency).toBe('EUR');
		expect(sneaker).toMatchObject({ id: 102, sku: '102', name: 'Sneaker Urban Canal', brand: 'WooLab Store', defaultVariationIndex: 0 });
		expect(sneaker!.attributes.map((a) => [a.id, a.name])).toEqual([['pa_color', 'Color'], ['pa_shoe-size', 'Schoenmaat']]);
		expect(sneaker!.variations.map((v) => v.id)).toEqual([106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117]);
		const stock = await sql(`SELECT product_id, stock_status, stock_quantity FROM shop_wc_product_meta_lookup WHERE product_id BETWEEN 106 AND 117 ORDER BY product_id`);
		expect(sneaker!.variations.map((v) => [String(v.id), v.inStock ? 'instock' : 'outofstock', String(v.stockQuantity)]))
			.toEqual(stock.map(([id, status, qty]) => [id, status, String(Number(qty))]));
		const v109 = sneaker!.variations.find((v) => v.id === 109)!;
		expect(v109).toMatchObject({ sku: '109', realSku: 'wl-sneaker-urban-black-43', attributes: [{ attributeId: 'pa_color', optionId: 'black' }, { attributeId: 'pa_shoe-size', optionId: '43' }] });
		const onSale = sneaker!.variations.filter((v) => v.price.original !== null);
		expect(onSale.map((v) => v.id)).toEqual([116, 117]);
		const [[regular, sale]] = await sql(`SELECT r.meta_value, s.meta_value FROM shop_postmeta r JOIN shop_postmeta s ON s.post_id = r.post_id AND s.meta_key = '_sale_price' WHERE r.post_id = 116 AND r.meta_key = '_regular_price'`) as [[string, string]];
		expect(onSale[0]!.price).toEqual({ current: Number(sale), original: Number(regular) });
	});

	test('Pet 126: a custom (non-taxonomy) attribute with its values', async () => {
		const { products: [pet] } = await lookup('ids=126');
		expect(pet!.attributes).toEqual([{ id: 'borduurkleur', name: 'Borduurkleur', options: ['Goud', 'Zilver', 'Oranje'].map((v) => ({ id: v, name: v })) }]);
		expect(pet!.variations.map((v) => v.attributes)).toEqual(['Goud', 'Zilver', 'Oranje'].map((v) => [{ attributeId: 'borduurkleur', optionId: v }]));
	});

	test('a simple product is its own single variation; images absolute; description plain text', async () => {
		const { products: [beanie] } = await lookup('ids=14');
		expect(beanie!.variations).toHaveLength(1);
		expect(beanie!.variations[0]).toMatchObject({ id: 14, sku: '14', realSku: 'woo-beanie', inStock: true, attributes: [] });
		expect(beanie!.images.length).toBeGreaterThan(0);
		for (const image of beanie!.images) expect(image).toMatch(/^http:\/\/127\.0\.0\.1:8080\/wp-content\/uploads\//);
		expect(beanie!.description).not.toMatch(/<[a-z]/i);
	});

	test('a variation id answers its product with that variation preselected', async () => {
		const { products: [sneaker] } = await lookup('ids=110');
		expect(sneaker!.ref).toBe('110');
		expect(sneaker!.variations[sneaker!.defaultVariationIndex]!.id).toBe(110);
	});

	test('hidden 94, draft 98, private 100, private variation 125 and unknown ids are not found', async () => {
		const body = await lookup('ids=94,98,100,125,999999,57');
		expect(body.products.map((p) => p.id)).toEqual([57]);
		expect(body.notFound).toEqual(['94', '98', '100', '125', '999999']);
	});

	test('by SKU (product or variation) and by product URL', async () => {
		expect((await lookup('sku=woo-beanie')).products.map((p) => p.id)).toEqual([14]);
		const bySku = await lookup('sku=wl-sneaker-urban-white-42');
		expect(bySku.products[0]!.variations[bySku.products[0]!.defaultVariationIndex]!.id).toBe(114);
		const [[slug]] = await sql('SELECT post_name FROM shop_posts WHERE ID = 126') as [[string]];
		expect((await lookup(`url=${encodeURIComponent(`http://127.0.0.1:8080/product/${slug}/`)}`)).products.map((p) => p.id)).toEqual([126]);
		const [[sneakerSlug]] = await sql('SELECT post_name FROM shop_posts WHERE ID = 102') as [[string]];
		const preselected = await lookup(`url=${encodeURIComponent(`http://127.0.0.1:8080/product/${sneakerSlug}/?attribute_pa_color=white&attribute_pa_shoe-size=44`)}`);
		expect(preselected.products[0]!.variations[preselected.products[0]!.defaultVariationIndex]!.id).toBe(116);
		const [[hiddenSlug]] = await sql('SELECT post_name FROM shop_posts WHERE ID = 94') as [[string]];
		expect((await lookup(`url=${encodeURIComponent(`http://127.0.0.1:8080/product/${hiddenSlug}/`)}`)).notFound).toHaveLength(1);
	});
});

describe('search', () => {
	test('finds products by text, one hit per product, page echoed', async () => {
		const res = await get('q=mok&page=0&pageSize=2');
		expect(res.statusCode).toBe(200);
		const body = res.json() as { page: number; pageSize: number; totalMatches: number; totalPages: number; products: Array<{ sku: string; name: string }> };
		expect(body).toMatchObject({ page: 0, pageSize: 2 });
		expect(body.totalMatches).toBeGreaterThanOrEqual(2);
		expect(body.totalPages).toBe(Math.ceil(body.totalMatches / 2));
		expect(body.products).toHaveLength(2);
		for (const p of body.products) expect(p.name.toLowerCase()).toContain('mok');
		const second = (await get('q=mok&page=1&pageSize=2')).json() as typeof body;
		expect(second.page).toBe(1);
		expect(second.products.map((p) => p.sku)).not.toEqual(body.products.map((p) => p.sku));
	});
});

describe('bad input → 400', () => {
	test.each([
		'', 'ids=abc', 'ids=1,,2', 'ids=102&sku=x', 'sku=', 'url=not-a-url', 'url=javascript:alert(1)', 'q=mok&page=-1',
		'q=mok&pageSize=500', 'ids=102&page=1', 'color=red', `ids=${Array.from({ length: 51 }, (_, i) => i + 1).join(',')}`,
	])('?%s', async (query) => {
		const res = await get(query);
		expect(res.statusCode).toBe(400);
		expect(res.json()).toMatchObject({ error: 'bad_request' });
	});
});
