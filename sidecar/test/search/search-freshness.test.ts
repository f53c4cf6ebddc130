/**
 * A product change reaches the index within seconds: a save (WooCommerce stamps post_modified_gmt on
 * every save) of the title, SKU, status, visibility or price is found by the next poll.
 */
import { createPool, type Pool } from 'mysql2/promise';
import { PRICE_BUCKETS } from '../../src/repositories/products-repository';
import type { MatchQuery } from '../../src/repositories/products-search-queries';
import { startSearchIndex, type ProductSearchIndex } from '../../src/search/search-index';
import { privateDatabase, stackDb, TEST_PREFIX } from '../stack';

const P = TEST_PREFIX;
let database: Awaited<ReturnType<typeof privateDatabase>>;
let pool: Pool;
let index: ProductSearchIndex;

beforeAll(async () => {
	database = await privateDatabase();
	pool = createPool({ uri: database.url, connectionLimit: 2 });
	index = startSearchIndex(pool, P, { pollMs: 250, rebuildMs: 600_000, warn: () => undefined, info: () => undefined });
	await index.ready();
});
afterAll(async () => {
	index.close();
	await pool.end();
	await database.drop();
});

const query = (text: string, price: MatchQuery['price'] = null): MatchQuery => ({
	words: text.split(' '), sku: text, excludeTerms: ['exclude-from-search'], inCategories: null, price, orderBy: 'relevance',
	dir: 'asc', limit: 10, offset: 0, categoryTtIds: [], buckets: PRICE_BUCKETS,
});

/** Saves as WooCommerce does (the change and a fresh modification stamp), then waits until `found` holds. */
async function saveAndWait(statements: string, product: number, text: string, found: (ids: number[]) => boolean, price: MatchQuery['price'] = null): Promise<number> {
	await stackDb().sql(`${statements}; UPDATE ${P}posts SET post_modified_gmt = UTC_TIMESTAMP() WHERE ID = ${product};`, database.name);
	const started = Date.now();
	while (Date.now() - started < 5000) {
		if (found((await index.search(query(text, price)))?.ids ?? [])) return Date.now() - started;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`not searchable within 5 s: ${text}`);
}

describe('search index freshness', () => {
	test('title, SKU, price, visibility and status changes are searchable within 5 s', async () => {
		expect((await index.search(query('zebrahoodie')))?.ids).toEqual([]);
		const delays = [
			await saveAndWait(`UPDATE ${P}posts SET post_title = 'Zebrahoodie' WHERE ID = 14`, 14, 'zebrahoodie', (ids) => ids.includes(14)),
			await saveAndWait(`UPDATE ${P}wc_product_meta_lookup SET sku = 'ZEBRA-SKU-1' WHERE product_id = 14`, 14, 'zebra-sku-1', (ids) => ids[0] === 14),
			await saveAndWait(`UPDATE ${P}wc_product_meta_lookup SET min_price = 777 WHERE product_id = 14`, 14, 'zebrahoodie', (ids) => ids.includes(14), { from: 500, to: 1000 }),
			await saveAndWait(`INSERT INTO ${P}term_relationships (object_id, term_taxonomy_id) SELECT 14, tt.term_taxonomy_id FROM ${P}term_taxonomy tt
				JOIN ${P}terms t USING (term_id) WHERE tt.taxonomy = 'product_visibility' AND t.slug = 'exclude-from-search'`, 14, 'zebrahoodie', (ids) => !ids.includes(14)),
			await saveAndWait(`UPDATE ${P}posts SET post_title = 'Zebrahoodie two' WHERE ID = 15`, 15, 'zebrahoodie', (ids) => ids.includes(15)),
			await saveAndWait(`UPDATE ${P}posts SET post_status = 'draft' WHERE ID = 15`, 15, 'zebrahoodie', (ids) => !ids.includes(15)),
		];
		expect(Math.max(...delays)).toBeLessThan(5000);
	});
});
