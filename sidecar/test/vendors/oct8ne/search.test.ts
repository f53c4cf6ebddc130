import type { FastifyInstance } from 'fastify';
import { build } from '../../helper';
import { sql } from './oct8ne-helper';

let app: FastifyInstance;
beforeAll(async () => {
	app = await build();
});
afterAll(async () => app.close());

interface SearchBody {
	total: number;
	results: Array<{ internalId: string; title: string }>;
	filters: {
		applied: Array<{ param: string; value: string; valueLabel: string }>;
		available: Array<{ param: string; options: Array<{ value: string; valueLabel: string; count: number }> }>;
	};
}

async function search(query: string): Promise<SearchBody> {
	const res = await app.inject(`/oct8ne/frame/search?${query}`);
	expect(res.statusCode).toBe(200);
	return res.json() as SearchBody;
}

/** Published products matching `word` in title/excerpt/content/SKU that the shop shows in search. */
async function expectedIds(word: string): Promise<string[]> {
	return (await sql(`SELECT p.ID FROM shop_posts p LEFT JOIN shop_wc_product_meta_lookup l ON l.product_id = p.ID
		WHERE p.post_type = 'product' AND p.post_status = 'publish'
		AND (p.post_title LIKE '%${word}%' OR p.post_excerpt LIKE '%${word}%' OR p.post_content LIKE '%${word}%' OR l.sku LIKE '%${word}%')
		AND p.ID NOT IN (SELECT tr.object_id FROM shop_term_relationships tr JOIN shop_term_taxonomy tt USING (term_taxonomy_id)
			JOIN shop_terms t USING (term_id) WHERE tt.taxonomy = 'product_visibility' AND t.slug = 'exclude-from-search')`)).map(([id]) => id ?? '');
}

describe('search', () => {
	test('finds what the shop shows in search, title matches first', async () => {
		const body = await search('search=hoodie&pageSize=100');
		const expected = await expectedIds('hoodie');
		expect(body.total).toBe(expected.length);
		expect(body.results.map((r) => r.internalId).sort()).toEqual([...expected].sort());
		expect(body.results.map((r) => r.internalId)).not.toContain('18'); // exclude-from-search
		expect(body.results[0]?.title.toLowerCase()).toContain('hoodie');
	});

	test('search-only products are found, hidden ones are not', async () => {
		const ids = (await search('search=veters')).results.map((r) => r.internalId);
		expect(ids).toContain('96');
		expect((await search('search=Verborgen')).results.map((r) => r.internalId)).not.toContain('94');
	});

	test('matching is case- and accent-insensitive', async () => {
		expect((await search('search=CAFE%20creme')).results[0]?.internalId).toBe('69');
	});

	test('#SKU is an exact SKU lookup, including a variation SKU (answered as its product)', async () => {
		expect((await search('search=%23wl-tote-ams')).results.map((r) => r.internalId)).toEqual(['57']);
		expect((await search('search=%23wl-sneaker-urban-white-44')).results.map((r) => r.internalId)).toEqual(['102']);
		expect((await search('search=%23wl-tote')).total).toBe(0);
	});

	test('an exact SKU ranks first', async () => {
		expect((await search('search=woo-belt')).results[0]?.internalId).toBe('15');
	});

	test('pages are 1-based, pageSize defaults to 10 and is capped at 100', async () => {
		const all = await search('search=e&pageSize=1000');
		expect(all.results.length).toBe(Math.min(100, all.total));
		const first = await search('search=e');
		expect(first.results.length).toBe(10);
		const second = await search('search=e&page=2&pageSize=10');
		expect(second.results.map((r) => r.internalId)).toEqual(all.results.slice(10, 20).map((r) => r.internalId));
		expect((await search('search=e&page=999')).results).toEqual([]);
	});

	test('orderby price and name with dir', async () => {
		const prices = new Map((await sql('SELECT product_id, min_price FROM shop_wc_product_meta_lookup')).map(([id, p]) => [id, Number(p)]));
		const asc = (await search('search=poster&orderby=price')).results.map((r) => prices.get(r.internalId) ?? NaN);
		expect(asc).toEqual([...asc].sort((a, b) => a - b));
		const desc = (await search('search=poster&orderby=price&dir=desc')).results.map((r) => prices.get(r.internalId) ?? NaN);
		expect(desc).toEqual([...asc].reverse());
		const names = (await search('search=mok&orderby=name&dir=desc')).results.map((r) => r.title);
		expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
	});

	test('empty search: empty result with the filters shape', async () => {
		expect(await search('search=')).toEqual({ total: 0, results: [], filters: { applied: [], available: [] } });
	});

	test('category filter: applied, counted with descendants, and gone from available', async () => {
		const body = await search('search=e&pageSize=100');
		const category = body.filters.available.find((f) => f.param === 'category');
		const clothing = category?.options.find((o) => o.value === '17');
		const matching = new Set(body.results.map((r) => r.internalId));
		const inClothing = (await sql(`SELECT DISTINCT tr.object_id FROM shop_term_relationships tr JOIN shop_term_taxonomy tt USING (term_taxonomy_id)
			WHERE tt.taxonomy = 'product_cat' AND (tt.term_id = 17 OR tt.parent = 17)`)).map(([id]) => id ?? '').filter((id) => matching.has(id));
		expect(clothing?.count).toBe(inClothing.length);
		expect(category?.options.every((o) => o.count > 0)).toBe(true);

		const filtered = await search('search=e&pageSize=100&category=17');
		expect(filtered.total).toBe(inClothing.length);
		expect(filtered.filters.applied).toEqual([{ param: 'category', paramLabel: 'Category', value: '17', valueLabel: 'Clothing' }]);
		expect(filtered.filters.available.map((f) => f.param)).toEqual(['price']);
		const priceTotal = filtered.filters.available[0]?.options.reduce((n, o) => n + o.count, 0);
		expect(priceTotal).toBe(filtered.total);
	});

	test('price filter narrows by the lookup price and counts categories within it', async () => {
		const body = await search('search=e&pageSize=100');
		const bucket = body.filters.available.find((f) => f.param === 'price')?.options[0];
		expect(bucket).toBeDefined();
		const filtered = await search(`search=e&pageSize=100&price=${bucket?.value}`);
		expect(filtered.total).toBe(bucket?.count);
		expect(filtered.filters.applied[0]).toMatchObject({ param: 'price', value: bucket?.value });
		expect(filtered.filters.available.map((f) => f.param)).toEqual(['category']);
		const [from, to] = (bucket?.value ?? '').split('-').map(Number);
		const prices = new Map((await sql('SELECT product_id, min_price FROM shop_wc_product_meta_lookup')).map(([id, p]) => [id, Number(p)]));
		for (const r of filtered.results) {
			const price = prices.get(r.internalId) ?? NaN;
			expect(price >= (from ?? 0) && price < (to ?? Infinity)).toBe(true);
		}
	});
});
