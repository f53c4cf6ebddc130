/**
 * A search page shows a product change within 5 s, as productInfo does: the sidecar keeps search
 * listings between searches (search/listing-cache.ts) and reads one afresh once its index's change poll
 * names the product. Recorded as the plugin records a save (a row in its change log).
 */
import { pluginTableSql } from '../../../test/stack/plugin-tables';
import { TEST_PREFIX } from '../stack';
import { oct8neStore, type Oct8neStore } from '../vendors/oct8ne/oct8ne-helper';

const P = TEST_PREFIX;
const BEANIE = 14;
type Shown = { internalId: string; title: string; formattedPrice: string | null };
let store: Oct8neStore;

beforeAll(async () => {
	store = await oct8neStore({ extraSql: pluginTableSql(P, 'commerce_bridge_product_changes') });
});
afterAll(() => store.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function shown(url: string, pick: (body: unknown) => Shown[]): Promise<Shown | undefined> {
	let res = await store.app.inject(url);
	// A 503 is the database gate on a loaded machine (it recovers by itself); this test is about freshness.
	for (let tries = 0; res.statusCode === 503 && tries < 20; tries++) {
		await pause(250);
		res = await store.app.inject(url);
	}
	expect(res.statusCode).toBe(200);
	return pick(res.json()).find((product) => product.internalId === String(BEANIE));
}
const inSearch = () => shown('/oct8ne/frame/search?search=beanie&pageSize=50', (body) => (body as { results: Shown[] }).results);
const inProductInfo = () => shown(`/oct8ne/frame/productInfo?productIds=${BEANIE}`, (body) => body as Shown[]);

test('a saved title and price show on the search page within 5 s, as productInfo shows them', async () => {
	const before = await inSearch();
	expect(before?.title).toBeDefined();
	expect(await inSearch()).toEqual(before);
	await store.query(`UPDATE ${P}posts SET post_title = 'Beanie Okapi' WHERE ID = ${BEANIE};
		UPDATE ${P}postmeta SET meta_value = '7' WHERE post_id = ${BEANIE} AND meta_key IN ('_sale_price', '_price');
		UPDATE ${P}wc_product_meta_lookup SET min_price = 7, max_price = 7 WHERE product_id = ${BEANIE};
		INSERT INTO ${P}commerce_bridge_product_changes VALUES (${BEANIE}, UTC_TIMESTAMP(6))`);
	const started = Date.now();
	let now = await inSearch();
	while (now?.title !== 'Beanie Okapi' && Date.now() - started < 5000) {
		await pause(100);
		now = await inSearch();
	}
	expect(now?.title).toBe('Beanie Okapi');
	const info = await inProductInfo();
	expect(info?.formattedPrice).not.toBe(before?.formattedPrice);
	expect(now?.formattedPrice).toBe(info?.formattedPrice);
	expect(Date.now() - started).toBeLessThan(5000);
});
