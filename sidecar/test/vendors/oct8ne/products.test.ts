import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';
import { oct8neStore, sql } from './oct8ne-helper';

let app: FastifyInstance;
beforeAll(async () => {
	app = await build();
});
afterAll(async () => app.close());

const NBSP = '\u00a0';
/** The fixture's wc_price() format: `€ 1.234,56` with a no-break space. */
const euro = (n: number) => `€${NBSP}${n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

async function meta(id: number, key: string): Promise<string> {
	return (await sql(`SELECT meta_value FROM shop_postmeta WHERE post_id = ${id} AND meta_key = '${key}'`))[0]?.[0] ?? '';
}

async function info(ids: string, extra = '') {
	const res = await app.inject(`/oct8ne/frame/productInfo?productIds=${ids}${extra}`);
	expect(res.statusCode).toBe(200);
	return res.json() as Array<Record<string, unknown>>;
}

describe('productInfo / productSummary', () => {
	test('hidden, draft, private and missing ids are left out; order of the request kept', async () => {
		const body = await info('94,98,100,999999,57,14,96');
		expect(body.map((p) => p.internalId)).toEqual(['57', '14', '96']);
	});

	test('empty productIds answers []', async () => {
		expect(await info('')).toEqual([]);
	});

	test('a product on sale shows the sale price and the regular price before it', async () => {
		const [beanie] = await info('14');
		expect(beanie).toMatchObject({
			formattedPrice: euro(Number(await meta(14, '_sale_price'))),
			formattedPrevPrice: euro(Number(await meta(14, '_regular_price'))),
		});
	});

	test('scheduled sales follow their dates against now', async () => {
		const now = Date.now() / 1000;
		for (const id of [76, 78]) {
			const [p] = await info(String(id));
			const from = Number(await meta(id, '_sale_price_dates_from'));
			const to = Number(await meta(id, '_sale_price_dates_to'));
			const active = from <= now && now <= to;
			const regular = euro(Number(await meta(id, '_regular_price')));
			expect(p).toMatchObject({ formattedPrice: active ? euro(Number(await meta(id, '_sale_price'))) : regular, formattedPrevPrice: regular });
		}
	});

	test('not on sale: formattedPrevPrice equals formattedPrice', async () => {
		const tote = (await info('57'))[0]!;
		expect(tote.formattedPrice).toBe(euro(Number(await meta(57, '_regular_price'))));
		expect(tote.formattedPrevPrice).toBe(tote.formattedPrice);
	});

	test('variable products show their lowest published variation price and need the product page', async () => {
		for (const id of [10, 11, 102, 118, 126]) {
			const rows = await sql(`SELECT v.ID, r.meta_value, s.meta_value FROM shop_posts v
				JOIN shop_postmeta r ON r.post_id = v.ID AND r.meta_key = '_regular_price'
				LEFT JOIN shop_postmeta s ON s.post_id = v.ID AND s.meta_key = '_sale_price'
				WHERE v.post_parent = ${id} AND v.post_type = 'product_variation' AND v.post_status = 'publish'`);
			const prices = rows.map(([, regular, sale]) => ({ price: Number(sale && sale !== 'NULL' ? sale : regular), regular: Number(regular) }));
			const lowest = prices.reduce((a, b) => (b.price < a.price ? b : a));
			const p = (await info(String(id)))[0]!;
			expect(p).toMatchObject({ formattedPrice: euro(lowest.price), formattedPrevPrice: euro(lowest.regular), useProductUrl: true });
			expect(p.addToCartUrl).toBe(p.productUrl);
		}
	});

	test('useProductUrl is a real boolean: false only for in-stock simple products', async () => {
		const body = await info('14,32,33,92,63,90');
		expect(Object.fromEntries(body.map((p) => [p.internalId, p.useProductUrl]))).toEqual({ 14: false, 32: true, 33: true, 92: true, 63: true, 90: true });
		expect(body[0]?.addToCartUrl).toBe('http://127.0.0.1:8080/?add-to-cart=14');
	});

	test('URLs follow the pretty permalinks; thumbnail at the WooCommerce thumbnail size; medias featured then gallery', async () => {
		const tote = (await info('57'))[0]!;
		const file = (id: string) => meta(Number(id), '_wp_attached_file');
		const thumbId = await meta(57, '_thumbnail_id');
		const gallery = (await meta(57, '_product_image_gallery')).split(',');
		const uploads = 'http://127.0.0.1:8080/wp-content/uploads/';
		const featured = await file(thumbId);
		const thumbFile = /"woocommerce_thumbnail";a:\d+:\{s:4:"file";s:\d+:"([^"]+)"/.exec(await meta(Number(thumbId), '_wp_attachment_metadata'))?.[1];
		expect(tote).toMatchObject({
			productUrl: 'http://127.0.0.1:8080/product/canvas-tote-bag-amsterdam/',
			thumbnail: `${uploads}${featured.replace(/[^/]+$/, '')}${thumbFile}`,
			medias: [{ url: uploads + featured }, ...(await Promise.all(gallery.map(async (g) => ({ url: uploads + (await file(g)) }))))],
		});
	});

	test('a locale switches the formatting to Intl; an unvouched currency leaves the amount in the shop\'s euros', async () => {
		const [beanie] = await info('14', '&locale=en-US&currency=USD');
		const sale = Number(await meta(14, '_sale_price'));
		expect(beanie?.formattedPrice).toBe(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(sale));
	});

	test('productSummary carries only the summary fields', async () => {
		const res = await app.inject('/oct8ne/frame/productSummary?productIds=14,102&callback=cb');
		const body = JSON.parse(res.body.slice(3, -2)) as Array<Record<string, unknown>>;
		expect(body.map((p) => Object.keys(p).sort())).toEqual(Array(2).fill(['formattedPrevPrice', 'formattedPrice', 'internalId', 'productUrl', 'thumbnail', 'title']));
		expect(body[1]).toMatchObject({ internalId: '102', title: 'Sneaker Urban Canal' });
	});
});

describe('productRelated', () => {
	test('up-sells and cross-sells first, then the same category, never the product itself', async () => {
		const body = (await app.inject('/oct8ne/frame/productRelated?productId=57')).json() as { total: number; results: Array<{ internalId: string }> };
		const ids = body.results.map((r) => r.internalId);
		expect(ids.slice(0, 3)).toEqual(['131', '69', '67']);
		expect(ids).not.toContain('57');
		expect(body.total).toBe(ids.length);
		const sameCategory = (await sql(`SELECT tr.object_id FROM shop_term_relationships tr JOIN shop_term_taxonomy tt USING (term_taxonomy_id)
			WHERE tt.taxonomy = 'product_cat' AND tt.term_id IN (SELECT tt2.term_id FROM shop_term_relationships tr2 JOIN shop_term_taxonomy tt2 USING (term_taxonomy_id) WHERE tr2.object_id = 57 AND tt2.taxonomy = 'product_cat')`)).map(([id]) => id);
		for (const id of ids.slice(3)) expect(sameCategory).toContain(id);
		// Hidden (94, 18) and draft/private (100) products of that category never show up.
		for (const id of ['94', '18', '100']) expect(ids).not.toContain(id);
	});

	test('an unknown product has no related products', async () => {
		expect((await app.inject('/oct8ne/frame/productRelated?productId=98')).json()).toEqual({ total: 0, results: [] });
	});
});

describe('store settings', () => {
	test('hide out of stock: out-of-stock products and variations disappear', async () => {
		const store = await oct8neStore({ extraSql: "UPDATE shop_options SET option_value = 'yes' WHERE option_name = 'woocommerce_hide_out_of_stock_items';" });
		try {
			const body = (await store.app.inject('/oct8ne/frame/productInfo?productIds=63,90,14,102')).json() as Array<{ internalId: string; formattedPrice: string }>;
			expect(body.map((p) => p.internalId)).toEqual(['14', '102']);
			// 117 (the cheapest white sneaker) is out of stock; 116 at the same sale price is in stock.
			const inStock = await store.query(`SELECT MIN(l.min_price) FROM shop_wc_product_meta_lookup l JOIN shop_posts p ON p.ID = l.product_id
				WHERE p.post_parent = 102 AND l.stock_status <> 'outofstock'`);
			expect(body[1]?.formattedPrice).toBe(euro(Number(inStock[0]?.[0])));
			const search = (await store.app.inject('/oct8ne/frame/search?search=riem')).json() as { results: Array<{ internalId: string }> };
			expect(search.results.map((r) => r.internalId)).not.toContain('63');
		} finally {
			await store.close();
		}
	});

	test('plain permalinks give ?product=<slug> URLs', async () => {
		const store = await oct8neStore({ extraSql: "UPDATE shop_options SET option_value = '' WHERE option_name = 'permalink_structure';" });
		try {
			const [p] = (await store.app.inject('/oct8ne/frame/productSummary?productIds=14')).json() as Array<{ productUrl: string }>;
			expect(p?.productUrl).toBe('http://127.0.0.1:8080/?product=beanie');
		} finally {
			await store.close();
		}
	});
});
