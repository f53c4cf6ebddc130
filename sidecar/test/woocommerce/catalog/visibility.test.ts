import type { FastifyInstance } from 'fastify';
import { rows } from '../../../src/woocommerce/db';
import {
	directHidingTermIds, hiddenIn, notDirectHiddenSql, publishedProductOrVariationSql, publishedProductSql, searchExcludingTerms, withoutTermsSql,
	type Visibility,
} from '../../../src/woocommerce/catalog/visibility';
import { build } from '../../helper';
import { TEST_PREFIX } from '../../stack';

/** Fixture products (shared/fixtures/README.md): hidden 94, search-only 96 (exclude-from-catalog), draft 98, private 100. */
const HIDDEN = 94;
const SEARCH_ONLY = 96;
const DRAFT = 98;
const PRIVATE = 100;
const PRIVATE_VARIATION = 125;

const terms = (...slugs: string[]) => ({ terms: new Set(slugs), outOfStock: false });

describe('the one product-visibility rule', () => {
	it('hides by the product_visibility terms of each place, a link only when both are set', () => {
		const hidden = terms('exclude-from-catalog', 'exclude-from-search');
		const searchOnly = terms('exclude-from-catalog');
		const catalogOnly = terms('exclude-from-search');
		const cases: Array<[Visibility, boolean, boolean, boolean]> = [
			['catalog', true, true, false],
			['search', true, false, true],
			['direct', true, false, false],
		];
		for (const [where, ofHidden, ofSearchOnly, ofCatalogOnly] of cases) {
			expect([where, hiddenIn(where, hidden, false), hiddenIn(where, searchOnly, false), hiddenIn(where, catalogOnly, false)])
				.toEqual([where, ofHidden, ofSearchOnly, ofCatalogOnly]);
			expect(hiddenIn(where, terms('featured'), false)).toBe(false);
		}
		expect(hiddenIn('any', hidden, true)).toBe(false);
	});

	it('hides out-of-stock products everywhere but in carts only while the shop says so', () => {
		const outOfStock = { terms: new Set<string>(), outOfStock: true };
		for (const where of ['catalog', 'search', 'direct'] as const) {
			expect(hiddenIn(where, outOfStock, false)).toBe(false);
			expect(hiddenIn(where, outOfStock, true)).toBe(true);
		}
		expect(hiddenIn('any', outOfStock, true)).toBe(false);
		expect(searchExcludingTerms(false)).toEqual(['exclude-from-search']);
		expect(searchExcludingTerms(true)).toEqual(['exclude-from-search', 'outofstock']);
	});
});

describe('the visibility SQL on the fixture', () => {
	let app: FastifyInstance;
	beforeAll(async () => (app = await build()));
	afterAll(() => app.close());

	const ids = async (where: string, params: unknown[] = []) =>
		(await rows<{ id: number }>(app.mysql.read, `SELECT p.ID AS id FROM \`${TEST_PREFIX}posts\` p WHERE ${where} ORDER BY p.ID`, params)).map((r) => Number(r.id));
	const candidates = `p.ID IN (${[HIDDEN, SEARCH_ONLY, DRAFT, PRIVATE].join(', ')})`;

	it('keeps published products only, whatever their terms', async () => {
		expect(await ids(`${candidates} AND ${publishedProductSql('p')}`)).toEqual([HIDDEN, SEARCH_ONLY]);
	});

	it('keeps a variation only when it and its product are published', async () => {
		const variations = await ids(`p.post_type = 'product_variation'`);
		const published = await ids(`p.post_type = 'product_variation' AND ${publishedProductOrVariationSql(TEST_PREFIX, 'p')}`);
		expect(variations).toContain(PRIVATE_VARIATION);
		expect(published).not.toContain(PRIVATE_VARIATION);
		expect(published.length).toBe(variations.length - 1);
		expect(await ids(`${candidates} AND ${publishedProductOrVariationSql(TEST_PREFIX, 'p')}`)).toEqual([HIDDEN, SEARCH_ONLY]);
	});

	it('leaves out products with any of the given terms', async () => {
		const published = `${candidates} AND ${publishedProductSql('p')}`;
		expect(await ids(`${published} AND ${withoutTermsSql(TEST_PREFIX, 'p.ID')}`, [searchExcludingTerms(false)])).toEqual([SEARCH_ONLY]);
		expect(await ids(`${published} AND ${withoutTermsSql(TEST_PREFIX, 'p.ID')}`, [['exclude-from-catalog']])).toEqual([]);
	});

	it('leaves out, by term id, only what a link hides', async () => {
		const termIds = await directHidingTermIds(app.mysql.read, TEST_PREFIX);
		expect(termIds.every((id) => id > 0)).toBe(true);
		const published = `${candidates} AND ${publishedProductSql('p')}`;
		expect(await ids(`${published} AND ${notDirectHiddenSql(TEST_PREFIX, 'p.ID')}`, termIds)).toEqual([SEARCH_ONLY]);
	});
});
