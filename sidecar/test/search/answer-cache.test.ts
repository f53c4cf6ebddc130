/**
 * The search index's answer cache: a repeated query is read back, a change to the index drops every
 * answer, an answer counted across a change is not kept, and the cache stays bounded.
 */
import { PRICE_BUCKETS } from '../../src/woocommerce/catalog/products-repository';
import type { MatchQuery } from '../../src/woocommerce/catalog/products-search-queries';
import { AnswerCache, type Answer } from '../../src/search/answer-cache';

const query = (words: string[], overrides: Partial<MatchQuery> = {}): MatchQuery => ({
	words, sku: words.join(' '), excludeTerms: ['exclude-from-search'], inCategories: null, price: null, orderBy: 'relevance',
	dir: 'asc', limit: 10, offset: 0, categoryTtIds: [], buckets: PRICE_BUCKETS, ...overrides,
});
const answer = (ids: number[]) => ({ ids, groups: [{ categoryTtIds: [17], bucket: 0, inPrice: true, count: ids.length }] });
const counted = (slots: number, groups: Answer['groups'] = []) => ({ scores: new Int16Array(slots), listed: new Int32Array(slots), groups });

describe('search answer cache', () => {
	test('a repeated query is read back; another page, order or filter is not', () => {
		const cache = new AnswerCache();
		const first = answer([1, 2]);
		cache.set(query(['mok']), first, counted(4), cache.current);
		expect(cache.get(query(['mok']))).toBe(first);
		expect(cache.get(query(['mok'], { offset: 10 }))).toBeUndefined();
		expect(cache.get(query(['mok'], { orderBy: 'price' }))).toBeUndefined();
		expect(cache.get(query(['mok'], { inCategories: [17] }))).toBeUndefined();
		expect(cache.get(query(['mok'], { excludeTerms: ['exclude-from-search', 'outofstock'] }))).toBeUndefined();
		expect(cache.get(query(['mok', 'katoen']))).toBeUndefined();
	});

	test('another page or order of a query asked before is read off its kept count; other words or filters are not', () => {
		const cache = new AnswerCache();
		const count = counted(4);
		cache.set(query(['mok']), answer([1, 2]), count, cache.current);
		expect(cache.counted(query(['mok'], { offset: 10 }))).toBe(count);
		expect(cache.counted(query(['mok'], { orderBy: 'price', dir: 'desc', limit: 50 }))).toBe(count);
		expect(cache.counted(query(['mok'], { inCategories: [17] }))).toBeUndefined();
		expect(cache.counted(query(['mok'], { price: { from: 0, to: 10 } }))).toBeUndefined();
		expect(cache.counted(query(['mok', 'katoen']))).toBeUndefined();
		cache.clear();
		expect(cache.counted(query(['mok'], { offset: 10 }))).toBeUndefined();
	});

	test('counts stay bounded by their bytes (a common word at 100k products: 0.6 MB)', () => {
		const cache = new AnswerCache();
		for (let i = 0; i < 100; i++) cache.set(query([`w${i}`]), answer([1]), counted(100_000), cache.current);
		const kept = Array.from({ length: 100 }, (_, i) => cache.counted(query([`w${i}`]))).filter(Boolean);
		expect(kept.length).toBeLessThanOrEqual(40);
		expect(cache.counted(query(['w99']))).toBeDefined();
	});

	test('a change drops every answer, and one counted before the change is not kept', () => {
		const cache = new AnswerCache();
		const before = cache.current;
		cache.set(query(['mok']), answer([1]), counted(4), before);
		cache.clear();
		expect(cache.get(query(['mok']))).toBeUndefined();
		cache.set(query(['mok']), answer([1]), counted(4), before);
		expect(cache.get(query(['mok']))).toBeUndefined();
		cache.set(query(['mok']), answer([2]), counted(4), cache.current);
		expect(cache.get(query(['mok']))?.ids).toEqual([2]);
	});

	test('stays bounded by what the answers hold', () => {
		const cache = new AnswerCache();
		const big = { ids: [], groups: Array.from({ length: 50_000 }, () => ({ categoryTtIds: [], bucket: null, inPrice: true, count: 1 })) };
		for (let i = 0; i < 10; i++) cache.set(query([`w${i}`]), big, counted(0), cache.current);
		const kept = Array.from({ length: 10 }, (_, i) => cache.get(query([`w${i}`]))).filter(Boolean);
		expect(kept.length).toBeLessThanOrEqual(4);
		expect(cache.get(query(['w9']))).toBe(big);
	});
});
