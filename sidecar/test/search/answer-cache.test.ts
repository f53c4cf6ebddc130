/**
 * The search index's answer cache: a repeated query is read back, a change to the index drops every
 * answer, an answer counted across a change is not kept, and the cache stays bounded.
 */
import { PRICE_BUCKETS } from '../../src/woocommerce/catalog/products-repository';
import type { MatchQuery } from '../../src/woocommerce/catalog/products-search-queries';
import { AnswerCache } from '../../src/search/answer-cache';

const query = (words: string[], overrides: Partial<MatchQuery> = {}): MatchQuery => ({
	words, sku: words.join(' '), excludeTerms: ['exclude-from-search'], inCategories: null, price: null, orderBy: 'relevance',
	dir: 'asc', limit: 10, offset: 0, categoryTtIds: [], buckets: PRICE_BUCKETS, ...overrides,
});
const answer = (ids: number[]) => ({ ids, groups: [{ categoryTtIds: [17], bucket: 0, inPrice: true, count: ids.length }] });

describe('search answer cache', () => {
	test('a repeated query is read back; another page, order or filter is not', () => {
		const cache = new AnswerCache();
		const first = answer([1, 2]);
		cache.set(query(['mok']), first, cache.current);
		expect(cache.get(query(['mok']))).toBe(first);
		expect(cache.get(query(['mok'], { offset: 10 }))).toBeUndefined();
		expect(cache.get(query(['mok'], { orderBy: 'price' }))).toBeUndefined();
		expect(cache.get(query(['mok'], { inCategories: [17] }))).toBeUndefined();
		expect(cache.get(query(['mok'], { excludeTerms: ['exclude-from-search', 'outofstock'] }))).toBeUndefined();
		expect(cache.get(query(['mok', 'katoen']))).toBeUndefined();
	});

	test('a change drops every answer, and one counted before the change is not kept', () => {
		const cache = new AnswerCache();
		const before = cache.current;
		cache.set(query(['mok']), answer([1]), before);
		cache.clear();
		expect(cache.get(query(['mok']))).toBeUndefined();
		cache.set(query(['mok']), answer([1]), before);
		expect(cache.get(query(['mok']))).toBeUndefined();
		cache.set(query(['mok']), answer([2]), cache.current);
		expect(cache.get(query(['mok']))?.ids).toEqual([2]);
	});

	test('stays bounded by what the answers hold', () => {
		const cache = new AnswerCache();
		const big = { ids: [], groups: Array.from({ length: 50_000 }, () => ({ categoryTtIds: [], bucket: null, inPrice: true, count: 1 })) };
		for (let i = 0; i < 10; i++) cache.set(query([`w${i}`]), big, cache.current);
		const kept = Array.from({ length: 10 }, (_, i) => cache.get(query([`w${i}`]))).filter(Boolean);
		expect(kept.length).toBeLessThanOrEqual(4);
		expect(cache.get(query(['w9']))).toBe(big);
	});
});
