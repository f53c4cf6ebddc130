import type { FacetGroup, MatchQuery, PriceRange } from '../woocommerce/catalog/products-search-queries';
import { FacetTally } from './facet-tally';
import { pageOf } from './index-page';
import { FIELD, type ProductIndex } from './product-index';

/** The SQL search's words: the first eight. */
export const MAX_WORDS = 8;
/** Relevance, as in the SQL search: exact SKU 100, whole phrase in the title 10, per word title 5, short description 2, content 1. */
const SKU_SCORE = 100;
const PHRASE_SCORE = 10;
const FIELD_SCORE = Int8Array.from({ length: 16 }, (_, bits) => (bits & FIELD.title ? 5 : 0) + (bits & FIELD.excerpt ? 2 : 0) + (bits & FIELD.content ? 1 : 0));

interface WordHits {
	/** Per slot: the fields holding the word. */
	flags: Uint8Array;
	/** The slots with any field. */
	slots: Int32Array;
}

/** Per word, where it occurs; null when a word holds a whitespace-weighted character (it may span chunks). */
function wordHits(index: ProductIndex, words: string[]): WordHits[] | null {
	const spansChunks = (word: string) => [...word].some((unit) => index.collation.isSeparator(unit.charCodeAt(0)));
	if (words.some(spansChunks)) return null;
	const seen = new Map<string, WordHits>();
	return words.map((word) => {
		let hits = seen.get(word);
		if (!hits) {
			const flags = new Uint8Array(index.slots);
			hits = { flags, slots: index.vocabulary.collect(word, flags) };
			seen.set(word, hits);
		}
		return hits;
	});
}

/** Slots that may match: those of the rarest word (every word must occur), and the exact SKU's. */
function candidates(hits: WordHits[], skuSlots: number[]): Int32Array {
	if (hits.length === 0) return Int32Array.from(skuSlots);
	const rarest = hits.reduce((best, next) => (next.slots.length < best.slots.length ? next : best));
	const extra = skuSlots.filter((slot) => rarest.flags[slot] === 0);
	if (extra.length === 0) return rarest.slots;
	const all = new Int32Array(rarest.slots.length + extra.length);
	all.set(rarest.slots);
	all.set(extra, rarest.slots.length);
	return all;
}

interface Scoring {
	index: ProductIndex;
	flags: Uint8Array[];
	skuHit: Uint8Array;
	/** The folded words joined by a space; null for one word (then a title hit is the phrase). */
	phrase: string | null;
}

/** A one-word search's relevance + 1 per field bits (0: no match); the word is the whole phrase. */
const ONE_WORD = Int16Array.from({ length: 16 }, (_, bits) => (bits === 0 ? 0 : 1 + (FIELD_SCORE[bits] ?? 0) + (bits & FIELD.title ? PHRASE_SCORE : 0)));

/** Relevance + 1 of a matching slot (so that 0 can mean "no match"). */
function relevance(scoring: Scoring, slot: number): number {
	const sku = scoring.skuHit[slot] === 1;
	if (scoring.flags.length === 1) {
		const value = ONE_WORD[scoring.flags[0]?.[slot] ?? 0] ?? 0;
		return sku ? (value || 1) + SKU_SCORE : value;
	}
	let score = 1;
	let titleHasAll = scoring.flags.length > 0;
	let all = titleHasAll;
	for (let i = 0; i < scoring.flags.length; i++) {
		const bits = scoring.flags[i]?.[slot] ?? 0;
		if (bits === 0) all = false;
		if ((bits & FIELD.title) === 0) titleHasAll = false;
		score += FIELD_SCORE[bits] ?? 0;
	}
	if (!all && !sku) return 0;
	if (titleHasAll && (scoring.phrase === null || (scoring.index.title[slot] ?? '').includes(scoring.phrase))) score += PHRASE_SCORE;
	return sku ? score + SKU_SCORE : score;
}

function scoring(index: ProductIndex, words: string[], hits: WordHits[], skuSlots: number[]): Scoring {
	const skuHit = new Uint8Array(index.slots);
	for (const slot of skuSlots) skuHit[slot] = 1;
	return { index, flags: hits.map((hit) => hit.flags), skuHit, phrase: words.length > 1 ? words.join(index.collation.space) : null };
}

const inRange = (price: number, range: PriceRange) => price >= range.from && (range.to === null || price < range.to);

/** Per interned category set: does it pass the page's category filter. */
function categoryPasses(index: ProductIndex, query: MatchQuery): Uint8Array {
	const wanted = query.inCategories === null ? null : new Set(query.inCategories);
	return Uint8Array.from(index.categorySets, (set) => (wanted === null || set.some((ttId) => wanted.has(ttId)) ? 1 : 0));
}

/** A query's matches, scores and facet groups before paging: every page and order of the query is read off them. */
export interface Counted {
	/** Per slot: 0 = not listed, else relevance + 1. */
	scores: Int16Array;
	/** The listed slots (any order). */
	listed: Int32Array;
	groups: FacetGroup[];
}

const NOTHING: Counted = { scores: new Int16Array(0), listed: new Int32Array(0), groups: [] };

/**
 * The SQL search's matches from the index, or null when the index cannot give them exactly (a word with
 * whitespace in it): the same match set (published, not excluded, all words in title / excerpt / content /
 * own SKU, or the exact SKU), the same scores and facet groups. Paging and order do not enter.
 */
export function countIndex(index: ProductIndex, query: MatchQuery, foldedWords: string[]): Counted | null {
	const words = foldedWords.slice(0, MAX_WORDS);
	if (words.length === 0 && query.sku === null) return NOTHING;
	const hits = wordHits(index, words);
	if (!hits) return null;
	const skuSlots = query.sku === null ? [] : index.skuSlots(query.sku);
	const score = scoring(index, words, hits, skuSlots);
	const excluded = query.excludeTerms.reduce((bits, slug) => bits | (index.visibilityBit.get(slug) ?? 0), 0);
	const categoryPass = categoryPasses(index, query);
	const [scores, tally, found] = [new Int16Array(index.slots), new FacetTally(index, index.categorySets.length, query.buckets), candidates(hits, skuSlots)];
	const listed = new Int32Array(found.length);
	let count = 0;
	for (let i = 0; i < found.length; i++) {
		const slot = found[i] ?? 0;
		if (!index.alive[slot] || ((index.visibility[slot] ?? 0) & excluded) !== 0) continue;
		const value = relevance(score, slot);
		if (value === 0) continue;
		const inPrice = query.price === null || inRange(index.price[slot] ?? NaN, query.price);
		if (inPrice && categoryPass[index.categorySet[slot] ?? 0] === 1) {
			scores[slot] = value;
			listed[count++] = slot;
		}
		tally.add(slot, inPrice ? 1 : 0);
	}
	return { scores, listed: listed.slice(0, count), groups: tally.groups(index.categorySets) };
}

/** The asked page of counted matches, in the asked order: the SQL search's ids and its facet groups. */
export function pageAnswer(index: ProductIndex, counted: Counted, query: MatchQuery): { ids: number[]; groups: FacetGroup[] } {
	const page = pageOf(index, { scores: counted.scores, listed: counted.listed, order: query.orderBy, dir: query.dir, offset: query.offset, limit: query.limit });
	return { ids: page.map((slot) => index.productId[slot] ?? 0), groups: counted.groups };
}
