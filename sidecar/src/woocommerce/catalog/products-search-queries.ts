import type { RowDataPacket } from 'mysql2/promise';
import type { Db } from '../db';
import { publishedProductSql, withoutTermsSql } from './visibility';

export type SearchOrder = 'relevance' | 'price' | 'name';

export interface PriceRange {
	from: number;
	/** null = and up. */
	to: number | null;
}

export interface MatchQuery {
	/** Words to find (all must match somewhere); empty with `sku` = SKU-only lookup. */
	words: string[];
	/** An exact SKU (of the product or one of its variations). */
	sku: string | null;
	/** `product_visibility` slugs that exclude a product. */
	excludeTerms: string[];
	/** The page's filter: one of these product_cat term_taxonomy ids (a category and its descendants); null = any. */
	inCategories: number[] | null;
	price: PriceRange | null;
	orderBy: SearchOrder;
	dir: 'asc' | 'desc';
	limit: number;
	offset: number;
	/** term_taxonomy ids of every product category: what a facet group reports. */
	categoryTtIds: number[];
	/** Price buckets a facet group is assigned to (index into this list). */
	buckets: ReadonlyArray<PriceRange>;
}

/** Matches that share their categories, price bucket and price-filter verdict, counted together. */
export interface FacetGroup {
	categoryTtIds: number[];
	bucket: number | null;
	inPrice: boolean;
	count: number;
}

const MAX_WORDS = 8;

function like(word: string): string {
	return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

interface Fragment {
	sql: string;
	params: unknown[];
}

/** Products whose own SKU, or one of whose variations' SKU, is exactly the parameter. */
function skuProducts(prefix: string): string {
	return `SELECT IF(v.post_type = 'product_variation', v.post_parent, v.ID) FROM \`${prefix}wc_product_meta_lookup\` sl
		JOIN \`${prefix}posts\` v ON v.ID = sl.product_id WHERE sl.sku = ? AND sl.sku <> ''`;
}

/** The published, not excluded products matching the words or the SKU: `FROM … WHERE …` over `p` and `l`. */
function matchSet(prefix: string, query: MatchQuery, words: string[]): Fragment {
	const wordHit = '(p.post_title LIKE ? OR p.post_excerpt LIKE ? OR p.post_content LIKE ? OR l.sku LIKE ?)';
	const conditions: string[] = [];
	const params: unknown[] = [];
	if (query.sku) {
		conditions.push(`p.ID IN (${skuProducts(prefix)})`);
		params.push(query.sku);
	}
	if (words.length > 0) {
		conditions.push(`(${words.map(() => wordHit).join(' AND ')})`);
		for (const word of words) params.push(like(word), like(word), like(word), like(word));
	}
	params.push(query.excludeTerms.length ? query.excludeTerms : ['']);
	return {
		sql: `FROM \`${prefix}posts\` p LEFT JOIN \`${prefix}wc_product_meta_lookup\` l ON l.product_id = p.ID
WHERE ${publishedProductSql('p')} AND (${conditions.join(' OR ')}) AND ${withoutTermsSql(prefix, 'p.ID')}`,
		params,
	};
}

/** Relevance: exact SKU 100, whole phrase in the title 10, and per word: title 5, short description 2, content 1. */
function score(prefix: string, query: MatchQuery, words: string[]): Fragment {
	const parts = [`IF(p.ID IN (${skuProducts(prefix)}), 100, 0)`];
	const params: unknown[] = [query.sku ?? ''];
	if (words.length > 0) {
		parts.push('IF(p.post_title LIKE ?, 10, 0)');
		params.push(like(words.join(' ')));
		for (const word of words) {
			parts.push('IF(p.post_title LIKE ?, 5, 0) + IF(p.post_excerpt LIKE ?, 2, 0) + IF(p.post_content LIKE ?, 1, 0)');
			params.push(like(word), like(word), like(word));
		}
	}
	return { sql: parts.join(' + '), params };
}

function priceTest(range: PriceRange): Fragment {
	return range.to === null ? { sql: 'l.min_price >= ?', params: [range.from] } : { sql: '(l.min_price >= ? AND l.min_price < ?)', params: [range.from, range.to] };
}

/** Ties broken by id; `desc` reverses the whole order (relevance desc = least relevant first). */
function orderBy(order: SearchOrder, dir: 'asc' | 'desc'): string {
	const keys = order === 'price' ? [['price IS NULL', 'ASC'], ['price', 'ASC'], ['id', 'ASC']]
		: order === 'name' ? [['title', 'ASC'], ['id', 'ASC']]
		: [['score', 'DESC'], ['sales', 'DESC'], ['id', 'ASC']];
	const flip = (direction: string) => (dir === 'asc' ? direction : direction === 'ASC' ? 'DESC' : 'ASC');
	return keys.map(([column, direction]) => `${column} ${flip(direction ?? 'ASC')}`).join(', ');
}

/**
 * One page of matching products (ids in the asked order) and the facet groups every count is derived
 * from, in ONE pass over the published products: LIKE '%…%' has no index (as in WordPress's own
 * search), and a derived table or CTE read twice is scanned twice. Every match is ranked in SQL among
 * those passing the filters (`rn`); matches group by categories, price bucket and price verdict, and
 * the page's rows form groups of their own (`pageId`), so the answer stays small however many
 * products match. The shop's collation makes matching and name order case- and accent-insensitive.
 */
export async function searchProducts(db: Db, prefix: string, query: MatchQuery): Promise<{ ids: number[]; groups: FacetGroup[] }> {
	const words = query.words.slice(0, MAX_WORDS);
	if (words.length === 0 && !query.sku) return { ids: [], groups: [] };
	const set = matchSet(prefix, query, words);
	const relevance = score(prefix, query, words);
	const inPrice = query.price === null ? { sql: '1', params: [] } : priceTest(query.price);
	const inCategory = query.inCategories === null ? { sql: '1', params: [] } : {
		sql: `EXISTS (SELECT 1 FROM \`${prefix}term_relationships\` cf WHERE cf.object_id = p.ID AND cf.term_taxonomy_id IN (?))`,
		params: [query.inCategories.length ? query.inCategories : [0]],
	};
	const bucket = query.buckets.map((range, index) => ({ ...priceTest(range), index }));
	const sql = `
SELECT cats, bucket, inPrice, IF(passes = 1 AND rn > ? AND rn <= ?, id, NULL) AS pageId, MIN(rn) AS rn, COUNT(*) AS n
FROM (
	SELECT m.*, ROW_NUMBER() OVER (PARTITION BY passes ORDER BY ${orderBy(query.orderBy, query.dir)}) AS rn
	FROM (
		SELECT p.ID AS id, ${relevance.sql} AS score, l.min_price AS price, COALESCE(l.total_sales, 0) AS sales, p.post_title AS title,
			(SELECT GROUP_CONCAT(cr.term_taxonomy_id ORDER BY cr.term_taxonomy_id) FROM \`${prefix}term_relationships\` cr
				WHERE cr.object_id = p.ID AND cr.term_taxonomy_id IN (?)) AS cats,
			CASE ${bucket.map((b) => `WHEN ${b.sql} THEN ${b.index}`).join(' ')} END AS bucket,
			COALESCE(${inPrice.sql}, 0) AS inPrice, COALESCE(${inPrice.sql} AND ${inCategory.sql}, 0) AS passes
		${set.sql}
	) m
) ranked
GROUP BY cats, bucket, inPrice, pageId`;
	const params = [
		query.offset, query.offset + query.limit, ...relevance.params, query.categoryTtIds.length ? query.categoryTtIds : [0],
		...bucket.flatMap((b) => b.params), ...inPrice.params, ...inPrice.params, ...inCategory.params, ...set.params,
	];
	const [rows] = await db.query<RowDataPacket[]>(sql, params);
	const ids = rows.filter((row) => row.pageId !== null).sort((a, b) => Number(a.rn) - Number(b.rn)).map((row) => Number(row.pageId));
	const groups = rows.map((row) => ({
		categoryTtIds: row.cats ? String(row.cats).split(',').map(Number) : [],
		bucket: row.bucket === null ? null : Number(row.bucket),
		inPrice: Number(row.inPrice) === 1,
		count: Number(row.n),
	}));
	return { ids, groups };
}

/** Published products sharing a category with `id` (not `id` itself), best sellers first. */
export async function sameCategoryIds(db: Db, prefix: string, id: number, categoryIds: number[], limit: number): Promise<number[]> {
	if (categoryIds.length === 0) return [];
	const [rows] = await db.query<RowDataPacket[]>(
		`SELECT DISTINCT tr.object_id AS id, COALESCE(l.total_sales, 0) AS sales FROM \`${prefix}term_relationships\` tr
		JOIN \`${prefix}term_taxonomy\` tt ON tt.term_taxonomy_id = tr.term_taxonomy_id AND tt.taxonomy = 'product_cat'
		JOIN \`${prefix}posts\` p ON p.ID = tr.object_id AND ${publishedProductSql('p')}
		LEFT JOIN \`${prefix}wc_product_meta_lookup\` l ON l.product_id = tr.object_id
		WHERE tt.term_id IN (?) AND tr.object_id <> ? ORDER BY sales DESC, id LIMIT ?`,
		[categoryIds, id, limit],
	);
	return rows.map((row) => Number(row.id));
}

export interface CategoryTerm {
	id: number;
	/** term_taxonomy_id: what term_relationships refers to. */
	ttId: number;
	parent: number;
	name: string;
	slug: string;
}

/**
 * Each category (by term id) with its ancestors, itself first: what "with descendants" counts and
 * hierarchical category links need. The walk stops after 16 levels, so a corrupt parent loop cannot hang.
 */
export function categoryLineage(terms: CategoryTerm[]): Map<number, CategoryTerm[]> {
	const byId = new Map(terms.map((t) => [t.id, t]));
	const lineage = new Map<number, CategoryTerm[]>();
	for (const term of terms) {
		const chain: CategoryTerm[] = [];
		for (let at: CategoryTerm | undefined = term; at && chain.length < 16; at = byId.get(at.parent)) chain.push(at);
		lineage.set(term.id, chain);
	}
	return lineage;
}

export async function productCategories(db: Db, prefix: string): Promise<CategoryTerm[]> {
	const [rows] = await db.query<RowDataPacket[]>(
		`SELECT t.term_id AS id, tt.term_taxonomy_id AS ttId, tt.parent, t.name, t.slug FROM \`${prefix}terms\` t
		JOIN \`${prefix}term_taxonomy\` tt ON tt.term_id = t.term_id WHERE tt.taxonomy = 'product_cat' ORDER BY t.name`,
		[],
	);
	return rows.map((row) => ({ id: Number(row.id), ttId: Number(row.ttId), parent: Number(row.parent), name: String(row.name), slug: String(row.slug) }));
}
