import { randomBytes } from 'node:crypto';
import type { ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import type { Db } from '../../woocommerce/db';

/**
 * A customer's default YITH WooCommerce Wishlist, through YITH's own tables (`{prefix}yith_wcwl_lists`,
 * one `is_default` list per user; `{prefix}yith_wcwl`, the items), as the plugin's YithWishlist.php
 * reads and writes them at login. YITH itself never runs here: only its rows are touched.
 */
export interface YithWishlist {
	/** Both tables exist (YITH was activated on this site once). */
	tablesExist(): Promise<boolean>;
	productIds(userId: number): Promise<number[]>;
	/** Adds the products the default list does not hold yet, creating the list as YITH would. */
	add(userId: number, productIds: number[]): Promise<void>;
}

/** YITH's list tokens: 12 upper-case letters and digits. */
const token = () => randomBytes(12).toString('base64').replace(/[^A-Za-z0-9]/g, 'X').slice(0, 12).toUpperCase();

export function createYithWishlist(db: Db, prefix: string): YithWishlist {
	const lists = `\`${prefix}yith_wcwl_lists\``;
	const items = `\`${prefix}yith_wcwl\``;

	async function defaultList(userId: number): Promise<number> {
		const [found] = await db.query<RowDataPacket[]>(`SELECT ID FROM ${lists} WHERE user_id = ? AND is_default = 1 ORDER BY ID LIMIT 1`, [userId]);
		if (found[0]) return Number(found[0].ID);
		const [created] = await db.query<ResultSetHeader>(
			`INSERT INTO ${lists} (user_id, wishlist_slug, wishlist_name, wishlist_token, wishlist_privacy, is_default, dateadded) VALUES (?, '', '', ?, 0, 1, NOW())`,
			[userId, token()]);
		return created.insertId;
	}

	return {
		async tablesExist() {
			const [rows] = await db.query<RowDataPacket[]>(
				'SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name IN (?, ?)',
				[`${prefix}yith_wcwl`, `${prefix}yith_wcwl_lists`]);
			return Number(rows[0]?.n) === 2;
		},
		async productIds(userId) {
			const [rows] = await db.query<RowDataPacket[]>(
				`SELECT i.prod_id FROM ${items} i JOIN ${lists} l ON l.ID = i.wishlist_id WHERE l.user_id = ? AND l.is_default = 1 ORDER BY i.ID`, [userId]);
			return [...new Set(rows.map((row) => Number(row.prod_id)))];
		},
		async add(userId, productIds) {
			const list = await defaultList(userId);
			for (const id of productIds) {
				await db.query(
					`INSERT INTO ${items} (prod_id, quantity, user_id, wishlist_id, dateadded) SELECT ?, 1, ?, ?, NOW() FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM ${items} WHERE wishlist_id = ? AND prod_id = ?)`,
					[id, userId, list, list, id]);
			}
		},
	};
}
