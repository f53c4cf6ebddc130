import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { RowDataPacket } from 'mysql2/promise';
import type { Db } from './db';

/** A wishlist belongs to a WordPress user, or to a guest's WooCommerce session. */
export interface WishlistOwner {
	type: 'user' | 'session';
	key: string;
}

export interface WishlistRepository {
	/** Product ids, oldest first; [] when the plugin's table does not exist (plugin never activated). */
	productIds(owner: WishlistOwner): Promise<number[]>;
	/** Adds the ids not there yet (idempotent); false when the table does not exist. */
	add(owner: WishlistOwner, productIds: number[]): Promise<boolean>;
}

declare module 'fastify' {
	interface FastifyInstance {
		wishlistRepository: WishlistRepository;
	}
}

/** The DDL the PHP plugin runs on activation; tests create the table with it. */
export function wishlistTableSql(prefix: string): string {
	return `CREATE TABLE IF NOT EXISTS \`${prefix}commerce_bridge_wishlist\` (
	id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
	owner_type VARCHAR(10) NOT NULL,
	owner_key VARCHAR(64) NOT NULL,
	product_id BIGINT UNSIGNED NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	PRIMARY KEY (id),
	UNIQUE KEY owner_product (owner_type, owner_key, product_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci`;
}

const missingTable = (error: unknown) => (error as { code?: string }).code === 'ER_NO_SUCH_TABLE';

export function createWishlistRepository(db: Db, prefix: string): WishlistRepository {
	const table = `\`${prefix}commerce_bridge_wishlist\``;
	return {
		async productIds(owner) {
			try {
				const [rows] = await db.query<RowDataPacket[]>(
					`SELECT product_id FROM ${table} WHERE owner_type = ? AND owner_key = ? ORDER BY id`, [owner.type, owner.key]);
				return rows.map((row) => Number(row.product_id));
			} catch (error) {
				if (missingTable(error)) return [];
				throw error;
			}
		},
		async add(owner, productIds) {
			if (productIds.length === 0) return true;
			try {
				// INSERT IGNORE + the unique key: a product already there stays once, concurrent adds included.
				await db.query(`INSERT IGNORE INTO ${table} (owner_type, owner_key, product_id) VALUES ?`,
					[productIds.map((id) => [owner.type, owner.key, id])]);
				return true;
			} catch (error) {
				if (missingTable(error)) return false;
				throw error;
			}
		},
	};
}

export default fp(
	async (fastify: FastifyInstance) => {
		fastify.decorate('wishlistRepository', createWishlistRepository(fastify.mysql.pool, fastify.config.tablePrefix));
	},
	{ name: 'wishlist-repository', dependencies: ['config', 'mysql'] },
);
