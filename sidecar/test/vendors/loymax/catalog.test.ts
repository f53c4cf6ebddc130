import { crawl, feed, loymaxSuite } from './loymax-helper';

/** Fixture facts (test/fixtures/README.md and the dump): 41 published products, 18 and 94 hidden. */
const PUBLISHED_VISIBLE = 39;
const PUBLISHED_VARIATIONS = 24;
const HIDDEN_OR_UNPUBLISHED = ['18', '94', '98', '100'];
const SITE = 'http://127.0.0.1:8080';

const suite = loymaxSuite();

describe('categories', () => {
	test('all 13 product categories, with parents, decoded names and hierarchical URLs', async () => {
		const body = await feed(suite.app, 'categories');
		expect(body.meta.total).toBe(13);
		const tshirts = body.data.find((c) => c.id === '18');
		expect(tshirts?.attributes).toEqual({ parentId: '17', name: 'Tshirts', url: `${SITE}/product-category/clothing/tshirts/`, deleted: false });
		expect(body.data.find((c) => c.id === '32')?.attributes).toMatchObject({ parentId: null, name: 'Wonen & Keuken' });
	});

	test('slug mode keys categories and parents by slug', async () => {
		const slugs = await suite.db.app({ categoryIdMode: 'slug' });
		const body = await feed(slugs, 'categories');
		expect(body.data.find((c) => c.id === 'mokken')?.attributes.parentId).toBe('wonen-keuken');
		// The option is the database's: put the defaults back before suite.app's settings cache expires.
		await suite.db.app();
	});
});

describe('products, parent ids (default)', () => {
	test('published, not hidden, ordered by id; drafts, private and hidden products left out', async () => {
		const all = await crawl(suite.app, 'products?page[size]=10');
		expect(all).toHaveLength(PUBLISHED_VISIBLE);
		const ids = all.map((p) => Number(p.id));
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
		for (const id of HIDDEN_OR_UNPUBLISHED) expect(all.map((p) => p.id)).not.toContain(id);
		expect(all.map((p) => p.id)).toContain('96'); // search-only is still a product page the tracker can see
	});

	test('paging: meta, links with the same size and filter, absolute on the shop URL', async () => {
		const body = await feed(suite.app, 'products?page[number]=2&page[size]=10&updatedSince=2024-01-01');
		expect(body.meta).toEqual({ total: PUBLISHED_VISIBLE, count: 10, page: 2, size: 10 });
		const at = (n: number) => `${SITE}/commerce-bridge/loymax/products?page[number]=${n}&page[size]=10&filter[updatedSince]=2024-01-01T00%3A00%3A00Z`;
		expect(body.links).toEqual({ self: at(2), first: at(1), prev: at(1), next: at(3), last: at(4) });
	});

	test('a deep page asked directly equals the same page reached by walking', async () => {
		const fresh = await suite.db.app();
		const direct = await feed(fresh, 'products?page[number]=3&page[size]=7');
		const walked = (await crawl(suite.app, 'products?page[size]=7')).slice(14, 21);
		expect(direct.data.map((p) => p.id)).toEqual(walked.map((p) => p.id));
	});

	test('a simple product on sale: prices, currency, stock, URL, image and SKU', async () => {
		const beanie = (await crawl(suite.app, 'products?page[size]=1000')).find((p) => p.id === '14');
		const [[regular, sale, slug]] = await suite.db.sql(`SELECT r.meta_value, s.meta_value, p.post_name FROM shop_posts p
			JOIN shop_postmeta r ON r.post_id = p.ID AND r.meta_key = '_regular_price' JOIN shop_postmeta s ON s.post_id = p.ID AND s.meta_key = '_sale_price' WHERE p.ID = 14`) as [[string, string, string]];
		expect(beanie?.attributes).toMatchObject({
			parentId: null, name: 'Beanie', price: Number(sale), regularPrice: Number(regular), currency: 'EUR', stockStatus: 'instock',
			url: `${SITE}/product/${slug}/`, sku: 'woo-beanie',
		});
		expect(beanie?.attributes.imageUrl).toMatch(/^http:\/\/127\.0\.0\.1:8080\/wp-content\/uploads\/.+\.jpg$/);
		expect(beanie?.attributes.categoryIds).toEqual(expect.arrayContaining(['20']));
	});

	test('updatedSince: products modified at or after, or with a variation modified at or after', async () => {
		const since = await crawl(suite.app, 'products?filter[updatedSince]=2025-04-01T00:00:00Z');
		// 118's own date is 2025-03-20, but its variation 123 changed on 2025-04-04.
		expect(since.map((p) => p.id).sort()).toEqual(['10', '102', '11', '118', '126', '131', '14', '15', '19', '57', '65', '71'].sort());
		const plain = await feed(suite.app, 'products?updatedSince=2025-04-01');
		expect(plain.meta.total).toBe(12);
		const offset = await feed(suite.app, 'products?filter[updatedSince]=2025-04-28T11:00:00%2B02:00');
		expect(offset.data.map((p) => p.id)).toContain('131'); // 09:00 UTC = 11:00 +02:00, "at or after"
		expect((await feed(suite.app, 'products?filter[updatedSince]=2030-01-01')).meta.total).toBe(0);
	});
});

describe('products, other id modes', () => {
	test('variation mode: variations are rows with their product as parent; private variation 125 left out', async () => {
		const variations = await suite.db.app({ productIdMode: 'variation' });
		const all = await crawl(variations, 'products?page[size]=25');
		expect(all).toHaveLength(PUBLISHED_VISIBLE + PUBLISHED_VARIATIONS);
		expect(all.map((p) => p.id)).not.toContain('125');
		const black43 = all.find((p) => p.id === '109');
		expect(black43?.attributes).toMatchObject({ parentId: '102', stockStatus: 'outofstock', sku: 'wl-sneaker-urban-black-43' });
		expect(black43?.attributes.url).toMatch(/\/product\/[^/]+\/\?attribute_pa_color=black&attribute_pa_shoe-size=43$/);
		expect(all.find((p) => p.id === '128')?.attributes.name).toBe('Pet met borduring - Goud');
	});

	test('SKU mode keys products by SKU', async () => {
		const skus = await suite.db.app({ productIdMode: 'sku' });
		const all = await crawl(skus, 'products?page[size]=1000');
		expect(all).toHaveLength(PUBLISHED_VISIBLE);
		expect(all.map((p) => p.id)).toEqual(expect.arrayContaining(['woo-beanie', 'wl-sneaker-urban', 'wl-cap-embroidered']));
	});
});
