import { pluginTableSql } from '../../../../test/stack/plugin-tables';
import { TEST_PREFIX } from '../../stack';
import { crawl, feed, loymaxSuite } from './loymax-helper';

/**
 * `updatedSince` on the categories feed, read from the plugin's record of term changes
 * (commerce_bridge_term_changes, written by Vendors/Loymax/CategoryChanges.php) on a private fixture copy.
 * Fixture: 13 product categories; 17 clothing, 18 tshirts (child of 17), 20 accessories.
 */
const suite = loymaxSuite();
const TABLE = `\`${TEST_PREFIX}commerce_bridge_term_changes\``;

const idsOf = (data: Array<{ id: string; attributes: Record<string, unknown> }>) => data.map((c) => `${c.id}${c.attributes.deleted ? ' (deleted)' : ''}`);

test('before the plugin has made its table, a filtered pull is a full one (nothing is missed)', async () => {
	const body = await feed(suite.app, 'categories?updatedSince=2030-01-01');
	expect(body.meta.total).toBe(13);
});

describe('with the plugin\'s record', () => {
	beforeAll(async () => {
		await suite.db.sql(`${pluginTableSql(TEST_PREFIX, 'commerce_bridge_term_changes')};
			INSERT INTO ${TABLE} (term_id, taxonomy, slug, changed_at, deleted)
				SELECT tt.term_id, tt.taxonomy, t.slug, '2024-01-01 00:00:00', 0 FROM \`${TEST_PREFIX}term_taxonomy\` tt
				JOIN \`${TEST_PREFIX}terms\` t ON t.term_id = tt.term_id WHERE tt.taxonomy = 'product_cat';
			UPDATE ${TABLE} SET changed_at = '2025-06-01 10:00:00' WHERE term_id = 18;
			DELETE FROM ${TABLE} WHERE term_id = 20;
			INSERT INTO ${TABLE} VALUES (99001, 'product_cat', 'old-sale', '2025-06-02 08:00:00', 1), (99002, 'product_cat', 'older', '2023-05-01 00:00:00', 1),
				(99003, 'product_tag', 'a-tag', '2025-06-03 00:00:00', 0);`);
	});

	test('only categories changed since, those without a record, then the ones deleted since', async () => {
		const body = await feed(suite.app, 'categories?updatedSince=2025-06-01T10:00:00Z');
		expect(idsOf(body.data)).toEqual(['18', '20', '99001 (deleted)']);
		expect(body.data[0]?.attributes).toMatchObject({ parentId: '17', name: 'Tshirts', deleted: false });
		expect(body.data[2]?.attributes).toEqual({ parentId: null, name: '', url: '', deleted: true });
		expect(body.meta.total).toBe(3);
	});

	test('the time is an instant: an offset moves it, a later one leaves only unrecorded categories', async () => {
		const body = await feed(suite.app, 'categories?filter[updatedSince]=2025-06-01T12:00:01%2B02:00&page[size]=1');
		expect(body.meta.total).toBe(2);
		expect(idsOf(await crawl(suite.app, 'categories?page[size]=1&filter[updatedSince]=2025-06-01T12:00:01%2B02:00'))).toEqual(['20', '99001 (deleted)']);
		expect(idsOf((await feed(suite.app, 'categories?updatedSince=2026-01-01')).data)).toEqual(['20']);
	});

	test('without updatedSince the feed is complete and has no tombstones', async () => {
		const body = await feed(suite.app, 'categories');
		expect(body.meta.total).toBe(13);
		expect(body.data.every((c) => c.attributes.deleted === false)).toBe(true);
	});

	test('slug mode names deleted categories by the slug they had', async () => {
		const slugs = await suite.db.app({ categoryIdMode: 'slug' });
		const body = await feed(slugs, 'categories?updatedSince=2025-01-01');
		expect(idsOf(body.data)).toEqual(['tshirts', 'accessories', 'old-sale (deleted)']);
	});
});
