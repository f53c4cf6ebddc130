import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Store } from '../store/store-repository';
import { decodeEntities, type AssembledProduct } from './product-assembly';
import type { Product } from './product-types';
import { loadProducts } from './products-queries';
import { categoryLineage, productCategories, sameCategoryIds, searchProducts, type CategoryTerm, type FacetGroup } from './products-search-queries';
import type { Db } from '../db';
import { hiddenIn, searchExcludingTerms, type Visibility } from './visibility';
import { ListingCache } from '../../search/listing-cache';
import { startSearchIndex, type ProductSearchIndex } from '../../search/search-index';

/** Price buckets offered as a search filter: [from, to) in the shop currency; `to` null = and up. */
export const PRICE_BUCKETS: ReadonlyArray<{ from: number; to: number | null }> = [
	{ from: 0, to: 10 }, { from: 10, to: 25 }, { from: 25, to: 50 }, { from: 50, to: 100 },
	{ from: 100, to: 250 }, { from: 250, to: 500 }, { from: 500, to: 1000 }, { from: 1000, to: null },
];

export interface ProductSearch {
	/** Free text; words must all match (title, SKU, short description, content). */
	text: string;
	/** Exact SKU lookup only (the `#SKU` form). */
	skuOnly?: boolean;
	categoryId?: number;
	price?: { from: number; to: number | null };
	orderBy: 'relevance' | 'price' | 'name';
	dir: 'asc' | 'desc';
	limit: number;
	offset: number;
}

export interface ProductSearchResult {
	total: number;
	products: Product[];
	/** Counts of the matches per category (descendants included), with the price filter applied. */
	categories: Array<CategoryTerm & { count: number }>;
	/** Counts per price bucket, with the category filter applied; empty buckets left out. */
	priceRanges: Array<{ from: number; to: number | null; count: number }>;
}

export interface ProductsRepository {
	/**
	 * Published products by id, in the order asked, with variations, images, categories and current
	 * prices. Ids that are missing, unpublished or not visible in `visibility` are left out.
	 * `visibility`: `direct` (a link: hides only fully hidden products), `catalog`, `search`, or `any`
	 * (published, whatever its visibility or stock: for carts).
	 */
	byIds(ids: number[], visibility?: Visibility | 'any'): Promise<Product[]>;
	search(query: ProductSearch): Promise<ProductSearchResult>;
	/** Up-sells and cross-sells, then best sellers of the same categories; never the product itself. */
	related(id: number, limit: number): Promise<Product[]>;
	categories(): Promise<CategoryTerm[]>;
}

declare module 'fastify' {
	interface FastifyInstance {
		productsRepository: ProductsRepository;
	}
}

/** The one visibility rule (visibility.ts) applied to an assembled product. */
function excluded(entry: AssembledProduct, visibility: Visibility | 'any', hideOutOfStock: boolean): boolean {
	return hiddenIn(visibility, { terms: entry.visibility, outOfStock: entry.product.stockStatus === 'outofstock' }, hideOutOfStock);
}

const MAX_CACHED_PRODUCTS = 5000;
const productCache = () => new LRUCache<number, Promise<AssembledProduct | null>>({ max: MAX_CACHED_PRODUCTS });

/** A category list with what search counts need of it: each term_taxonomy id's term ids (itself and its ancestors). */
interface CategoryFacts {
	terms: CategoryTerm[];
	lineage: Map<number, number[]>;
	/** Per category set (the index hands out the same arrays every search): the term ids it counts for. */
	termIds: WeakMap<number[], Set<number>>;
	/** Per answer's groups (a repeated search gets the index's cached answer) and category filter: its counts. */
	counts: WeakMap<FacetGroup[], Map<number | undefined, FacetCounts>>;
}

function categoryFacts(terms: CategoryTerm[]): CategoryFacts {
	const chains = categoryLineage(terms);
	return { terms, lineage: new Map(terms.map((t) => [t.ttId, (chains.get(t.id) ?? []).map((c) => c.id)])), termIds: new WeakMap(), counts: new WeakMap() };
}

function termIdsOf(facts: CategoryFacts, ttIds: number[]): Set<number> {
	let ids = facts.termIds.get(ttIds);
	if (!ids) facts.termIds.set(ttIds, (ids = new Set(ttIds.flatMap((tt) => facts.lineage.get(tt) ?? []))));
	return ids;
}

interface FacetCounts {
	/** Matches passing both filters. */
	total: number;
	/** Per category term (descendants included), with the price filter applied. */
	perTerm: Map<number, number>;
	/** Per price bucket, with the category filter applied. */
	perBucket: number[];
}

/** Every count of a search answer in one pass over the groups (a large shop has thousands of groups and hundreds of categories). */
function facetCounts(groups: FacetGroup[], facts: CategoryFacts, categoryId: number | undefined): FacetCounts {
	const known = facts.counts.get(groups) ?? new Map<number | undefined, FacetCounts>();
	facts.counts.set(groups, known);
	const found = known.get(categoryId);
	if (found) return found;
	const counts: FacetCounts = { total: 0, perTerm: new Map(), perBucket: PRICE_BUCKETS.map(() => 0) };
	for (const g of groups) {
		const termIds = termIdsOf(facts, g.categoryTtIds);
		const inCategory = categoryId === undefined || termIds.has(categoryId);
		if (inCategory && g.bucket !== null) counts.perBucket[g.bucket] = (counts.perBucket[g.bucket] ?? 0) + g.count;
		if (!g.inPrice) continue;
		if (inCategory) counts.total += g.count;
		for (const id of termIds) counts.perTerm.set(id, (counts.perTerm.get(id) ?? 0) + g.count);
	}
	known.set(categoryId, counts);
	return counts;
}

/** Search freshness: how often the index reads the products changed since (a change shows within ~2.5 s). */
const SEARCH_POLL_MS = 2000;
const SEARCH_REBUILD_MS = 10 * 60_000;
/** Start-up waits this long for the search index (a small shop's is ready well within); SQL answers until it is. */
const SEARCH_STARTUP_WAIT_MS = 3000;
/** Search listings are loaded this long after each index build. */
const WARM_DELAY_MS = 5000;

/** The store facts a listing is assembled with: kept listings are dropped when they change. */
const listingFacts = (facts: Store) => JSON.stringify([facts.permalinks, facts.uploadsUrl, facts.hideOutOfStock]);

/** The search index and the listings its change poll keeps fresh (search/listing-cache.ts). */
interface SearchMemory {
	index: ProductSearchIndex;
	listings: ListingCache;
}

export function createProductsRepository(db: Db, prefix: string, store: () => Promise<Store>, memory?: SearchMemory): ProductsRepository {
	// Assembled products (and categories) live as long as the store facts they were built with
	// (STORE_TTL_MS, 2 s): a hot product answers without a query, and an edit in wp-admin shows within
	// the same 2 s. Concurrent misses share one in-flight load, so a cache turnover costs one query.
	// Keyed by ids callers send: an LRU, so a flood of distinct ids within those 2 s cannot grow it without bound.
	let cacheOwner: Store | undefined;
	let cache = productCache();
	let categoryCache: Promise<CategoryTerm[]> | undefined;
	let categoryFactsCache: CategoryFacts | undefined;

	async function assembled(ids: number[]): Promise<{ facts: Store; entries: AssembledProduct[] }> {
		const facts = await store();
		if (facts !== cacheOwner) {
			cacheOwner = facts;
			cache = productCache();
			categoryCache = undefined;
		}
		// This call's own references: another caller's ids may evict an entry before it is read.
		const wanted = new Map(ids.map((id) => [id, cache.get(id)]));
		const missing = [...wanted].filter(([, entry]) => entry === undefined).map(([id]) => id);
		if (missing.length > 0) {
			const load = loadProducts(db, prefix, missing, facts).then((entries) => new Map(entries.map((entry) => [entry.product.id, entry])));
			const owned = cache;
			for (const id of missing) {
				const entry = load.then((built) => built.get(id) ?? null);
				owned.set(id, entry);
				wanted.set(id, entry);
				entry.catch(() => owned.get(id) === entry && owned.delete(id)); // a failed load is retried
			}
		}
		const entries = await Promise.all(ids.map((id) => wanted.get(id) ?? Promise.resolve(null)));
		return { facts, entries: entries.filter((entry): entry is AssembledProduct => entry !== null) };
	}

	async function byIds(ids: number[], visibility: Visibility | 'any' = 'direct'): Promise<Product[]> {
		const { facts, entries } = await assembled(ids);
		return entries.filter((entry) => !excluded(entry, visibility, facts.hideOutOfStock)).map((entry) => entry.product);
	}

	async function categories(): Promise<CategoryTerm[]> {
		await assembled([]);
		if (!categoryCache) {
			const load = productCategories(db, prefix).then((terms) => terms.map((term) => ({ ...term, name: decodeEntities(term.name) })));
			categoryCache = load;
			load.catch(() => categoryCache === load && (categoryCache = undefined));
		}
		return categoryCache;
	}

	async function search(query: ProductSearch): Promise<ProductSearchResult> {
		const [facts, terms] = await Promise.all([store(), categories()]);
		if (categoryFactsCache?.terms !== terms) categoryFactsCache = categoryFacts(terms);
		const known = categoryFactsCache;
		const text = query.text.trim();
		const inCategory = (ttId: number) => query.categoryId !== undefined && (known.lineage.get(ttId) ?? []).includes(query.categoryId);
		const match = {
			words: query.skuOnly ? [] : text.split(/\s+/).filter(Boolean),
			sku: text === '' ? null : text,
			excludeTerms: searchExcludingTerms(facts.hideOutOfStock),
			inCategories: query.categoryId === undefined ? null : terms.map((t) => t.ttId).filter(inCategory),
			price: query.price ?? null, orderBy: query.orderBy, dir: query.dir, limit: query.limit, offset: query.offset,
			categoryTtIds: terms.map((t) => t.ttId), buckets: PRICE_BUCKETS,
		};
		// The in-memory index answers unless it is still being built or cannot answer exactly; then SQL does.
		const indexed = await memory?.index.search(match);
		const found = indexed ?? (await searchProducts(db, prefix, match));
		const counts = facetCounts(found.groups, known, query.categoryId);
		return {
			total: counts.total,
			products: indexed ? await listed(found.ids, facts) : await byIds(found.ids, 'search'),
			categories: terms.filter((term) => counts.perTerm.has(term.id)).map((term) => ({ ...term, count: counts.perTerm.get(term.id) ?? 0 })),
			priceRanges: PRICE_BUCKETS.map((range, i) => ({ ...range, count: counts.perBucket[i] ?? 0 })).filter((r) => r.count > 0),
		};
	}

	/** A page the index answered, from the listings kept as fresh as the index (its change poll). */
	async function listed(ids: number[], facts: Store): Promise<Product[]> {
		const entries = memory ? await memory.listings.products(ids, listingFacts(facts), (missing) => loadProducts(db, prefix, missing, facts)) : [];
		return entries.filter((entry) => !excluded(entry, 'search', facts.hideOutOfStock)).map((entry) => entry.product);
	}

	async function related(id: number, limit: number): Promise<Product[]> {
		const [product] = await byIds([id], 'any');
		if (!product) return [];
		const linked = [...product.upsellIds, ...product.crossSellIds];
		const fill = await sameCategoryIds(db, prefix, id, product.categories.map((c) => c.id), limit + linked.length);
		const ids = [...new Set([...linked, ...fill])].filter((other) => other !== id);
		return (await byIds(ids, 'catalog')).slice(0, limit);
	}

	return { byIds, search, related, categories };
}

/** After each index build: the best sellers' listings (the first pages of common words) are loaded ahead, within budget. */
async function warmListings(fastify: FastifyInstance, listings: ListingCache, productIds: number[]): Promise<void> {
	// Start-up first: the sidecar listens, answers its health check and handles signals before this reads.
	await new Promise((resolve) => setTimeout(resolve, WARM_DELAY_MS).unref());
	if (listings.closed) return;
	const facts = await fastify.storeRepository.get();
	const started = Date.now();
	await listings.warm(productIds, listingFacts(facts), (ids) => loadProducts(fastify.mysql.read, fastify.config.tablePrefix, ids, facts));
	const { products, bytes } = listings.usage;
	fastify.log.info(`search listings warmed: ${products} products kept, ${Math.round(bytes / 1e6)} MB estimated, in ${Date.now() - started} ms`);
}

export default fp(
	async (fastify: FastifyInstance) => {
		const listings = new ListingCache();
		const index = startSearchIndex(fastify.mysql.read, fastify.config.tablePrefix, {
			pollMs: SEARCH_POLL_MS, rebuildMs: SEARCH_REBUILD_MS, warn: (message, err) => fastify.log.warn({ err }, message), info: (message) => fastify.log.info(message),
			changed: (productIds) => listings.changed(productIds),
			built: (productIds) => void warmListings(fastify, listings, productIds).catch((err: unknown) => fastify.log.warn({ err }, 'search listings warm-up failed')),
		});
		fastify.addHook('onClose', async () => {
			index.close();
			listings.close();
		});
		await Promise.race([index.ready(), new Promise((resolve) => setTimeout(resolve, SEARCH_STARTUP_WAIT_MS).unref())]);
		fastify.decorate('productsRepository', createProductsRepository(fastify.mysql.read, fastify.config.tablePrefix, () => fastify.storeRepository.get(), { index, listings }));
	},
	{ name: 'products-repository', dependencies: ['config', 'mysql', 'store-repository'] },
);
