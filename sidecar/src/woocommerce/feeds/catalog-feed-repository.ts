import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { categoryUrl } from '../store/permalinks';
import { createLimiter } from '../../lib/limiter';
import { ttlCache } from '../../lib/ttl-cache';
import { createFeedPager, scanIds, type IdSet } from './feed-paging';
import { decodeEntities } from '../catalog/product-assembly';
import type { Product, Variation } from '../catalog/product-types';
import { loadProducts } from '../catalog/products-queries';
import { categoryLineage, productCategories, type CategoryTerm } from '../catalog/products-search-queries';
import type { Store } from '../store/store-repository';
import { type Db, rows } from '../db';
import { directHidingTermIds, notDirectHiddenSql, publishedProductSql, publishedVariationSql } from '../catalog/visibility';

export interface FeedCategory {
	id: number;
	/** 0 for a top-level category. */
	parent: number;
	name: string;
	slug: string;
	url: string;
}

/** One feed row: a product, or (when variations are rows) one of its variations. */
export interface CatalogFeedRow {
	product: Product;
	variation: Variation | null;
	/** The variation's own title ("Pet met borduring - Goud"); '' for product rows. */
	variationTitle: string;
}

export interface CatalogPageQuery {
	/** Variations become rows of their own, after their product in id order. */
	variations: boolean;
	/** `YYYY-MM-DD HH:MM:SS` UTC; rows modified at or after it. */
	updatedSince: string | null;
	page: number;
	size: number;
}

export interface CatalogFeedRepository {
	/** Every product category with its public URL (hierarchical, as WooCommerce's term links). */
	categories(): Promise<FeedCategory[]>;
	/**
	 * Published products that are not hidden from both catalogue and search, ordered by id. With
	 * `updatedSince`: `post_modified_gmt` of the product or of any of its variations (a variation row: its
	 * own or its product's).
	 */
	products(query: CatalogPageQuery): Promise<{ rows: CatalogFeedRow[]; total: number }>;
	/** SKUs of products or variations by id ('' when none): order lines in SKU mode. */
	skus(ids: number[]): Promise<Map<number, string>>;
}

declare module 'fastify' {
	interface FastifyInstance {
		catalogFeedRepository: CatalogFeedRepository;
	}
}

/** Pages above this size are assembled at most two at a time. */
const LARGE_PAGE = 250;

interface IdRow {
	id: number;
	parentId: number;
	title: string | null;
}

export function createCatalogFeedRepository(db: Db, prefix: string, store: () => Promise<Store>): CatalogFeedRepository {
	const posts = `\`${prefix}posts\``;
	const pager = createFeedPager();
	// A page of 1000 products is ~100 ms of database and CPU work: concurrent large pages queue (FIFO)
	// rather than all slowing down together past their clients' timeouts. Small pages need no queue.
	const largePages = createLimiter(2);

	/** The feed lists what a direct link shows (visibility.ts), whatever the stock. */
	const hidingTerms = ttlCache(() => directHidingTermIds(db, prefix), 60_000);

	/**
	 * The feed's row set in two forms: `ids` lists it through `type_status_date` for the pager's scan;
	 * `where` re-checks the rows `p` of one page (still published and visible). `updatedSince` is only in
	 * the scan: `post_modified_gmt` only grows, and it has no index, so it costs one pass per scan.
	 */
	async function rowSet(query: CatalogPageQuery): Promise<{ from: string; where: string; params: unknown[]; ids: IdSet }> {
		const [catalog, search] = await hidingTerms();
		const hidden = [search, catalog];
		const visible = (column: string) => notDirectHiddenSql(prefix, column);
		const product = (alias: string) => `${publishedProductSql(alias)} AND ${visible(`${alias}.ID`)}`;
		const since = query.updatedSince;
		const sinceSql = (column: string) => (since === null ? '' : ` AND ${column} >= ?`);
		const sinceParams = since === null ? [] : [since];
		if (!query.variations) {
			// A product counts as changed when it or one of its published variations changed.
			const changed = since === null ? '' : ` AND p.ID IN (SELECT IF(c.post_type = 'product', c.ID, c.post_parent) FROM ${posts} c
				WHERE ((${publishedProductSql('c')}) OR (${publishedVariationSql('c')})) AND c.post_modified_gmt >= ?)`;
			return {
				from: `FROM ${posts} p`, where: product('p'), params: hidden,
				ids: { sql: `SELECT p.ID AS id FROM ${posts} p WHERE ${product('p')}${changed}`, params: [...hidden, ...sinceParams] },
			};
		}
		return {
			from: `FROM ${posts} p LEFT JOIN ${posts} parent ON parent.ID = p.post_parent AND p.post_type = 'product_variation'`,
			where: `((${publishedProductSql('p')} AND ${visible('p.ID')}) OR (${publishedVariationSql('p')} AND ${product('parent')}))`,
			params: [...hidden, ...hidden],
			// A variation row counts as changed when it or its product changed.
			ids: {
				sql: `SELECT p.ID AS id FROM ${posts} p WHERE ${product('p')}${sinceSql('p.post_modified_gmt')}
					UNION ALL SELECT v.ID FROM ${posts} v JOIN ${posts} parent ON parent.ID = v.post_parent
					WHERE ${publishedVariationSql('v')} AND ${product('parent')}
					${sinceSql('GREATEST(v.post_modified_gmt, parent.post_modified_gmt)')}`,
				params: [...hidden, ...sinceParams, ...hidden, ...sinceParams],
			},
		};
	}

	async function readRows(query: CatalogPageQuery, ids: number[]): Promise<IdRow[]> {
		const set = await rowSet(query);
		const found = await rows<IdRow>(db, `SELECT p.ID AS id, IF(p.post_type = 'product_variation', p.post_parent, 0) AS parentId,
			IF(p.post_type = 'product_variation', p.post_title, NULL) AS title ${set.from} WHERE ${set.where} AND p.ID IN (?) ORDER BY p.ID`,
		[...set.params, ids]);
		return found.map((r) => ({ id: Number(r.id), parentId: Number(r.parentId), title: r.title }));
	}

	/** Assembled without the products repository's cache: a crawl must not keep the catalogue in memory. */
	async function assemble(ids: number[]): Promise<Map<number, Product>> {
		const entries = await loadProducts(db, prefix, ids, await store());
		return new Map(entries.map((entry) => [entry.product.id, entry.product]));
	}

	async function productPage(query: CatalogPageQuery): Promise<{ rows: CatalogFeedRow[]; total: number }> {
		const key = `products|${query.variations ? 'v' : 'p'}|${query.updatedSince ?? ''}`;
		const { rows: ids, total } = await pager.page({ key, number: query.page, size: query.size },
			async () => scanIds(db, (await rowSet(query)).ids), (page) => readRows(query, page));
		const products = await assemble([...new Set(ids.map((r) => r.parentId || r.id))]);
		const feedRows = ids.flatMap((r): CatalogFeedRow[] => {
			const product = products.get(r.parentId || r.id);
			if (!product) return [];
			if (!r.parentId) return [{ product, variation: null, variationTitle: '' }];
			const variation = product.variations.find((v) => v.id === r.id);
			return variation ? [{ product, variation, variationTitle: decodeEntities(r.title ?? product.name) }] : [];
		});
		return { rows: feedRows, total };
	}

	return {
		async categories() {
			const [terms, facts] = await Promise.all([productCategories(db, prefix), store()]);
			const lineage = categoryLineage(terms);
			// `clothing/tshirts`: WooCommerce registers product_cat with hierarchical rewrites.
			const path = (t: CategoryTerm) => (lineage.get(t.id) ?? [t]).map((c) => c.slug).reverse().join('/');
			return terms.sort((a, b) => a.id - b.id).map((t) => ({
				id: t.id, parent: t.parent, name: decodeEntities(t.name), slug: t.slug,
				url: categoryUrl(facts.permalinks, facts.permalinks.plain ? t.slug : path(t)),
			}));
		},

		products(query) {
			return query.size > LARGE_PAGE ? largePages(() => productPage(query)) : productPage(query);
		},

		async skus(ids) {
			if (ids.length === 0) return new Map();
			const found = await rows<{ id: number; sku: string | null }>(db,
				`SELECT product_id AS id, sku FROM \`${prefix}wc_product_meta_lookup\` WHERE product_id IN (?)`, [ids]);
			return new Map(found.map((r) => [Number(r.id), r.sku ?? '']));
		},
	};
}

export default fp(
	async (fastify: FastifyInstance) => {
		fastify.decorate('catalogFeedRepository', createCatalogFeedRepository(fastify.mysql.read, fastify.config.tablePrefix, () => fastify.storeRepository.get()));
	},
	{ name: 'catalog-feed-repository', dependencies: ['config', 'mysql', 'store-repository'] },
);
