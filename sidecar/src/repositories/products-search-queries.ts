import type { RowDataPacket } from 'mysql2/promise';
import type { Db } from './products-queries';

export interface SearchMatch {
	id: number;
	title: string;
	/** `wc_product_meta_lookup.min_price`, what WooCommerce itself sorts and filters prices by. */
	price: number | null;
	score: number;
	/** Categories of the product and all their ancestors (wc_category_lookup). */
	categoryIds: number[];
	totalSales: number;
}

export interface MatchQuery {
	/** Words to find (all must match somewhere); empty with `sku` = SKU-only lookup. */
	words: string[];
	/** An exact SKU (of the product or one of its variations). */
	sku: string | null;
	/** `product_visibility` slugs that exclude a product. */
	excludeTerms: string[];
}

const MAX_WORDS = 8;

function like(word: string): string {
	return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Every published product matching the query, with a relevance score: exact SKU 100, whole phrase in
 * the title 10, and per word: title 5, short description 2, content 1. The shop's collation makes the
 * comparison case- and accent-insensitive, as WordPress's own search.
 */
export async function matchProducts(db: Db, prefix: string, query: MatchQuery): Promise<SearchMatch[]> {
	const words = query.words.slice(0, MAX_WORDS);
	if (words.length === 0 && !query.sku) return [];
	const skuIds = `SELECT IF(v.post_type = 'product_variation', v.post_parent, v.ID) FROM \`${prefix}wc_product_meta_lookup\` sl
		JOIN \`${prefix}posts\` v ON v.ID = sl.product_id WHERE sl.sku = ? AND sl.sku <> ''`;
	const wordHit = '(p.post_title LIKE ? OR p.post_excerpt LIKE ? OR p.post_content LIKE ? OR l.sku LIKE ?)';
	const params: unknown[] = [];
	const scoreParts = [`IF(p.ID IN (${skuIds}), 100, 0)`];
	params.push(query.sku ?? '');
	if (words.length > 0) {
		scoreParts.push('IF(p.post_title LIKE ?, 10, 0)');
		params.push(like(words.join(' ')));
		for (const word of words) {
			scoreParts.push('IF(p.post_title LIKE ?, 5, 0) + IF(p.post_excerpt LIKE ?, 2, 0) + IF(p.post_content LIKE ?, 1, 0)');
			params.push(like(word), like(word), like(word));
		}
	}
	const conditions: string[] = [];
	if (query.sku) {
		conditions.push(`p.ID IN (${skuIds})`);
		params.push(query.sku);
	}
	if (words.length > 0) {
		conditions.push(`(${words.map(() => wordHit).join(' AND ')})`);
		for (const word of words) params.push(like(word), like(word), like(word), like(word));
	}
	params.push(query.excludeTerms.length ? query.excludeTerms : ['']);
	const sql = `
SELECT p.ID AS id, p.post_title AS title, CAST(l.min_price AS CHAR) AS price, COALESCE(l.total_sales, 0) AS totalSales,
	${scoreParts.join(' + ')} AS score,
	(SELECT GROUP_CONCAT(DISTINCT cl.category_tree_id) FROM \`${prefix}term_relationships\` cr
		JOIN \`${prefix}term_taxonomy\` ct ON ct.term_taxonomy_id = cr.term_taxonomy_id AND ct.taxonomy = 'product_cat'
		JOIN \`${prefix}wc_category_lookup\` cl ON cl.category_id = ct.term_id
		WHERE cr.object_id = p.ID) AS cats
FROM \`${prefix}posts\` p LEFT JOIN \`${prefix}wc_product_meta_lookup\` l ON l.product_id = p.ID
WHERE p.post_type = 'product' AND p.post_status = 'publish' AND (${conditions.join(' OR ')})
	AND NOT EXISTS (SELECT 1 FROM \`${prefix}term_relationships\` vr
		JOIN \`${prefix}term_taxonomy\` vt ON vt.term_taxonomy_id = vr.term_taxonomy_id AND vt.taxonomy = 'product_visibility'
		JOIN \`${prefix}terms\` v ON v.term_id = vt.term_id
		WHERE vr.object_id = p.ID AND v.slug IN (?))`;
	const [rows] = await db.query<RowDataPacket[]>(sql, params);
	return rows.map((row) => ({
		id: Number(row.id),
		title: String(row.title),
		price: row.price === null ? null : Number(row.price),
		score: Number(row.score),
		categoryIds: row.cats ? String(row.cats).split(',').map(Number) : [],
		totalSales: Number(row.totalSales),
	}));
}

/** Published products sharing a category with `id` (not `id` itself), best sellers first. */
export async function sameCategoryIds(db: Db, prefix: string, id: number, categoryIds: number[], limit: number): Promise<number[]> {
	if (categoryIds.length === 0) return [];
	const [rows] = await db.query<RowDataPacket[]>(
		`SELECT DISTINCT tr.object_id AS id, COALESCE(l.total_sales, 0) AS sales FROM \`${prefix}term_relationships\` tr
		JOIN \`${prefix}term_taxonomy\` tt ON tt.term_taxonomy_id = tr.term_taxonomy_id AND tt.taxonomy = 'product_cat'
		JOIN \`${prefix}posts\` p ON p.ID = tr.object_id AND p.post_type = 'product' AND p.post_status = 'publish'
		LEFT JOIN \`${prefix}wc_product_meta_lookup\` l ON l.product_id = tr.object_id
		WHERE tt.term_id IN (?) AND tr.object_id <> ? ORDER BY sales DESC, id LIMIT ?`,
		[categoryIds, id, limit],
	);
	return rows.map((row) => Number(row.id));
}

export interface CategoryTerm {
	id: number;
	parent: number;
	name: string;
	slug: string;
}

export async function productCategories(db: Db, prefix: string): Promise<CategoryTerm[]> {
	const [rows] = await db.query<RowDataPacket[]>(
		`SELECT t.term_id AS id, tt.parent, t.name, t.slug FROM \`${prefix}terms\` t
		JOIN \`${prefix}term_taxonomy\` tt ON tt.term_id = t.term_id WHERE tt.taxonomy = 'product_cat' ORDER BY t.name`,
		[],
	);
	return rows.map((row) => ({ id: Number(row.id), parent: Number(row.parent), name: String(row.name), slug: String(row.slug) }));
}
