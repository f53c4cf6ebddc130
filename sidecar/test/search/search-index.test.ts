/**
 * The in-memory search index against the SQL search it replaces, on the fixture: for generated queries
 * (fragments of the shop's own text in any letter case and with accents, SKUs, LIKE wildcards, ignorable
 * and unusual characters, filters, orders, pages) both give the same page of ids and the same facet
 * groups. The SQL search is the reference: it is what the sidecar answered before the index.
 */
import fc from 'fast-check';
import { createPool, type Pool } from 'mysql2/promise';
import { PRICE_BUCKETS } from '../../src/woocommerce/catalog/products-repository';
import { searchProducts, type FacetGroup, type MatchQuery } from '../../src/woocommerce/catalog/products-search-queries';
import { startSearchIndex, type ProductSearchIndex } from '../../src/search/search-index';
import { HPOS_DATABASE, stackDb, TEST_PREFIX } from '../stack';

let pool: Pool;
let index: ProductSearchIndex;
let fragments: string[];
let categoryTtIds: number[];

beforeAll(async () => {
	pool = createPool({ uri: stackDb().url(HPOS_DATABASE), connectionLimit: 4 });
	index = startSearchIndex(pool, TEST_PREFIX, { pollMs: 60_000, rebuildMs: 600_000, warn: (message, error) => { throw new Error(`${message}: ${String(error)}`); }, info: () => undefined });
	await index.ready();
	const [texts] = await pool.query<Array<{ t: string } & import('mysql2').RowDataPacket>>(
		`SELECT CONCAT_WS(' ', p.post_title, p.post_excerpt, LEFT(p.post_content, 400), l.sku) AS t FROM ${TEST_PREFIX}posts p
		LEFT JOIN ${TEST_PREFIX}wc_product_meta_lookup l ON l.product_id = p.ID WHERE p.post_type IN ('product', 'product_variation')`);
	fragments = [...new Set(texts.flatMap((row) => String(row.t).split(/\s+/)).filter(Boolean))];
	const [cats] = await pool.query<Array<{ id: number } & import('mysql2').RowDataPacket>>(
		`SELECT term_taxonomy_id AS id FROM ${TEST_PREFIX}term_taxonomy WHERE taxonomy = 'product_cat'`);
	categoryTtIds = cats.map((row) => Number(row.id));
});
afterAll(async () => {
	index.close();
	await pool.end();
});

/** Groups summed by key: the SQL search splits the page's rows into groups of their own. */
function normalised(groups: FacetGroup[]): Array<[string, number]> {
	const sums = new Map<string, number>();
	for (const g of groups) {
		const key = `${g.categoryTtIds.join(',')}/${g.bucket}/${g.inPrice}`;
		sums.set(key, (sums.get(key) ?? 0) + g.count);
	}
	return [...sums].sort(([a], [b]) => a.localeCompare(b));
}

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'ï', o: 'ö', u: 'ü', c: 'ç', n: 'ñ' };

/** A word as a shopper might type it: a piece of the shop's text, re-cased and re-accented, or odd characters. */
function word(): fc.Arbitrary<string> {
	const piece = fc.tuple(fc.constantFrom(...fragments), fc.nat(), fc.nat(), fc.array(fc.boolean(), { maxLength: 12 }), fc.boolean()).map(([text, a, b, flips, accent]) => {
		const chars = [...text];
		const start = a % chars.length;
		const cut = chars.slice(start, start + 1 + (b % Math.max(1, chars.length - start)));
		return cut.map((c, i) => {
			const cased = flips[i] ? (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) : c;
			return accent && flips[i] ? (ACCENTED[cased.toLowerCase()] ?? cased) : cased;
		}).join('');
	});
	const odd = fc.stringMatching(/^[a-z0-9%_\\\-#.,'"<>/;:ßæœøØ€\u00ad\u200b\u0301😀]{1,6}$/u);
	return fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: odd });
}

function query(): fc.Arbitrary<MatchQuery> {
	return fc.record({
		words: fc.array(word(), { minLength: 0, maxLength: 4 }),
		skuOnly: fc.boolean(),
		hideOutOfStock: fc.boolean(),
		categories: fc.option(fc.subarray(categoryTtIds), { nil: null }),
		price: fc.option(fc.constantFrom(...PRICE_BUCKETS), { nil: null }),
		orderBy: fc.constantFrom('relevance' as const, 'price' as const, 'name' as const),
		dir: fc.constantFrom('asc' as const, 'desc' as const),
		offset: fc.oneof(fc.constant(0), fc.nat(40)),
		limit: fc.integer({ min: 1, max: 25 }),
	}).map((q) => {
		// As the products repository builds it from the shopper's text.
		const text = q.words.join(' ').trim();
		return {
			words: q.skuOnly ? [] : text.split(/\s+/).filter(Boolean), sku: text === '' ? null : text,
			excludeTerms: ['exclude-from-search', ...(q.hideOutOfStock ? ['outofstock'] : [])], inCategories: q.categories, price: q.price,
			orderBy: q.orderBy, dir: q.dir, limit: q.limit, offset: q.offset, categoryTtIds, buckets: PRICE_BUCKETS,
		};
	});
}

describe('search index', () => {
	test('answers every generated query as the SQL search does', async () => {
		let answered = 0;
		await fc.assert(fc.asyncProperty(query(), async (q) => {
			const fromIndex = await index.search(q);
			if (fromIndex === null) return;
			answered++;
			const fromSql = await searchProducts(pool, TEST_PREFIX, q);
			expect(fromIndex.ids).toEqual(fromSql.ids);
			expect(normalised(fromIndex.groups)).toEqual(normalised(fromSql.groups));
		}), { numRuns: 400 });
		expect(answered).toBeGreaterThan(350);
	});

	test('every page and order of one query, read off its kept count, is the SQL search\'s', async () => {
		for (const orderBy of ['relevance', 'price', 'name'] as const) {
			for (const [dir, offset] of [['asc', 0], ['asc', 7], ['desc', 3]] as const) {
				const q: MatchQuery = {
					words: ['e'], sku: 'e', excludeTerms: ['exclude-from-search'], inCategories: null, price: null,
					orderBy, dir, limit: 5, offset, categoryTtIds, buckets: PRICE_BUCKETS,
				};
				expect((await index.search(q))?.ids).toEqual((await searchProducts(pool, TEST_PREFIX, q)).ids);
			}
		}
	});

	test.each([
		['hoodie', {}], ['CAFE creme', {}], ['e', { orderBy: 'price' as const, offset: 5 }], ['e', { orderBy: 'name' as const, dir: 'desc' as const }],
		['woo-belt', {}], ['wl-sneaker-urban-white-44', { words: [] }], ['Verborgen', {}], ['%', {}], ['_', {}],
	])('%s %j: same page and counts as SQL', async (text, overrides) => {
		const q: MatchQuery = {
			words: text.split(' '), sku: text, excludeTerms: ['exclude-from-search'], inCategories: null, price: null,
			orderBy: 'relevance', dir: 'asc', limit: 10, offset: 0, categoryTtIds, buckets: PRICE_BUCKETS, ...overrides,
		};
		const [fromIndex, fromSql] = [await index.search(q), await searchProducts(pool, TEST_PREFIX, q)];
		expect(fromIndex?.ids).toEqual(fromSql.ids);
		expect(normalised(fromIndex?.groups ?? [])).toEqual(normalised(fromSql.groups));
	});
});
