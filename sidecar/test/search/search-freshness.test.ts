/**
 * A product change reaches the index within seconds: a save of the title, SKU, status, visibility or
 * price is found by the next poll. Recorded as the plugin records it (a row in its change log,
 * WooCommerce/ProductChanges.php), or, on a store whose plugin predates the log, as WooCommerce stamps
 * every save (post_modified_gmt).
 */
import { createPool, type Pool } from 'mysql2/promise';
import { PRICE_BUCKETS } from '../../src/woocommerce/catalog/products-repository';
import type { MatchQuery } from '../../src/woocommerce/catalog/products-search-queries';
import { pluginTableSql } from '../../../test/stack/plugin-tables';
import { startSearchIndex, type ProductSearchIndex } from '../../src/search/search-index';
import { privateDatabase, stackDb, TEST_PREFIX } from '../stack';

const P = TEST_PREFIX;
type Mode = 'log' | 'scan';
let database: Awaited<ReturnType<typeof privateDatabase>>;
let pool: Pool;
let index: ProductSearchIndex;
let mode: Mode;

async function start(recordedBy: Mode): Promise<void> {
	mode = recordedBy;
	database = await privateDatabase();
	if (mode === 'log') await stackDb().sql(pluginTableSql(P, 'commerce_bridge_product_changes'), database.name);
	pool = createPool({ uri: database.url, connectionLimit: 2 });
	index = startSearchIndex(pool, P, { pollMs: 250, rebuildMs: 600_000, warn: () => undefined, info: () => undefined });
	await index.ready();
}
async function stop(): Promise<void> {
	index.close();
	await pool.end();
	await database.drop();
}

const query = (text: string, price: MatchQuery['price'] = null): MatchQuery => ({
	words: text.split(' '), sku: text, excludeTerms: ['exclude-from-search'], inCategories: null, price, orderBy: 'relevance',
	dir: 'asc', limit: 10, offset: 0, categoryTtIds: [], buckets: PRICE_BUCKETS,
});

const stamp = (product: number) => (mode === 'log'
	? `INSERT INTO ${P}commerce_bridge_product_changes VALUES (${product}, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE changed_at = VALUES(changed_at)`
	: `UPDATE ${P}posts SET post_modified_gmt = UTC_TIMESTAMP() WHERE ID = ${product}`);

/** Saves as the plugin or WooCommerce records it (the change and a fresh stamp), then waits until `found` holds. */
async function saveAndWait(statements: string, product: number, text: string, found: (ids: number[]) => boolean, price: MatchQuery['price'] = null): Promise<number> {
	await stackDb().sql(`${statements}; ${stamp(product)};`, database.name);
	const started = Date.now();
	while (Date.now() - started < 5000) {
		if (found((await index.search(query(text, price)))?.ids ?? [])) return Date.now() - started;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`not searchable within 5 s: ${text}`);
}

async function changesAreSearchable(): Promise<void> {
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
}

describe('search index freshness, from the plugin\'s change log', () => {
	beforeAll(() => start('log'));
	afterAll(stop);

	test('title, SKU, price, visibility and status changes are searchable within 5 s', changesAreSearchable);

	test('with the log in place, wp_posts is not scanned: a stamp there alone is not read', async () => {
		await stackDb().sql(`UPDATE ${P}posts SET post_title = 'Quaggabeanie', post_modified_gmt = UTC_TIMESTAMP() WHERE ID = 16;`, database.name);
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect((await index.search(query('quaggabeanie')))?.ids).toEqual([]);
		await saveAndWait('DO 0', 16, 'quaggabeanie', (ids) => ids.includes(16));
	});
});

describe('search index freshness without the log (a plugin older than it)', () => {
	beforeAll(() => start('scan'));
	afterAll(stop);

	test('title, SKU, price, visibility and status changes are searchable within 5 s', changesAreSearchable);
});
