/**
 * Search listings kept across searches, on the fixture store: read back without a query, read afresh
 * once the search index names the product changed (and not kept from a load that may predate the
 * change), expired when a scheduled sale starts, dropped when the store facts change, and bounded.
 */
import { createPool, type Pool } from 'mysql2/promise';
import { ListingCache, type LoadListings } from '../../src/search/listing-cache';
import { loadProducts } from '../../src/woocommerce/catalog/products-queries';
import { privateDatabase, stackDb, TEST_PREFIX } from '../stack';

const P = TEST_PREFIX;
const BEANIE = 14;
const FACTS = {
	permalinks: { homeUrl: 'https://shop.example', plain: false, trailingSlash: true, productBase: 'product', categoryBase: 'product-category', tagBase: 'product-tag' },
	uploadsUrl: 'https://shop.example/wp-content/uploads', hideOutOfStock: false,
};
let database: Awaited<ReturnType<typeof privateDatabase>>;
let pool: Pool;
let loads: number[][];

beforeAll(async () => {
	database = await privateDatabase();
	pool = createPool({ uri: database.url, connectionLimit: 2 });
});
afterAll(async () => {
	await pool.end();
	await database.drop();
});
beforeEach(() => {
	loads = [];
});

/** loadProducts on the fixture, noting which ids each load asked for. */
const load: LoadListings = (ids) => {
	loads.push(ids);
	return loadProducts(pool, P, ids, FACTS);
};
const names = async (cache: ListingCache, ids: number[]) => (await cache.products(ids, 'facts', load)).map((entry) => entry.product.name);
const sql = (statement: string) => stackDb().sql(statement, database.name);

describe('search listing cache', () => {
	test('kept products are read back without a query, in the order asked; unknown ids are left out', async () => {
		const cache = new ListingCache();
		const first = await cache.products([16, BEANIE, 999_999], 'facts', load);
		expect(first.map((entry) => entry.product.id)).toEqual([16, BEANIE]);
		const again = await cache.products([BEANIE, 16], 'facts', load);
		expect(again.map((entry) => entry.product.id)).toEqual([BEANIE, 16]);
		expect(again[0]).toBe(first[1]);
		expect(loads).toEqual([[16, BEANIE, 999_999]]);
	});

	test('a change named by the index is read afresh, and not kept while it may be behind', async () => {
		const cache = new ListingCache();
		const [before] = await names(cache, [15]);
		await sql(`UPDATE ${P}posts SET post_title = 'Okapi listing' WHERE ID = 15`);
		expect(await names(cache, [15])).toEqual([before]);
		cache.changed([15]);
		expect(await names(cache, [15])).toEqual(['Okapi listing']);
		expect(await names(cache, [15])).toEqual(['Okapi listing']);
		expect(loads.length).toBe(3);
	});

	test('a load that began before the change is not kept', async () => {
		const cache = new ListingCache();
		let release = () => undefined as void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const slow = cache.products([16], 'facts', async (ids) => {
			const entries = await load(ids);
			await gate;
			return entries;
		});
		await new Promise((resolve) => setTimeout(resolve, 50));
		await sql(`UPDATE ${P}posts SET post_title = 'Tapir listing' WHERE ID = 16`);
		cache.changed([16]);
		release();
		await slow;
		expect(await names(cache, [16])).toEqual(['Tapir listing']);
	});

	test('a scheduled sale starting shows without a change being named', async () => {
		const cache = new ListingCache();
		await sql(`UPDATE ${P}postmeta SET meta_value = UNIX_TIMESTAMP() + 2 WHERE post_id = ${BEANIE} AND meta_key = '_sale_price_dates_from';
			INSERT INTO ${P}postmeta (post_id, meta_key, meta_value) SELECT ${BEANIE}, '_sale_price_dates_from', UNIX_TIMESTAMP() + 2
			FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM ${P}postmeta WHERE post_id = ${BEANIE} AND meta_key = '_sale_price_dates_from')`);
		const [before] = await cache.products([BEANIE], 'facts', load);
		expect(before?.product.onSale).toBe(false);
		expect(before?.priceChangesAt).toBeGreaterThan(Date.now() / 1000);
		await new Promise((resolve) => setTimeout(resolve, 3000));
		const [after] = await cache.products([BEANIE], 'facts', load);
		expect(after?.product.onSale).toBe(true);
		expect(loads.length).toBe(2);
	});

	test('other store facts (permalinks, uploads, hidden stock) drop what was kept', async () => {
		const cache = new ListingCache();
		await cache.products([16], 'facts', load);
		await cache.products([16], 'other facts', load);
		await cache.products([16], 'other facts', load);
		expect(loads.length).toBe(2);
	});

	test('warming keeps products up to its budget, and never more than it', async () => {
		const ids = (await sql(`SELECT ID FROM ${P}posts WHERE post_type = 'product' AND post_status = 'publish' ORDER BY ID`)).split('\n').filter(Boolean).map(Number);
		const whole = new ListingCache();
		await whole.warm(ids, 'facts', load);
		expect(whole.usage.products).toBe(ids.length);
		const budget = Math.floor(whole.usage.bytes / 3);
		const small = new ListingCache(budget);
		await small.warm(ids, 'facts', load);
		expect(small.usage.bytes).toBeLessThanOrEqual(budget);
		expect(small.usage.products).toBeGreaterThan(0);
		expect(small.usage.products).toBeLessThan(ids.length);
	});
});
