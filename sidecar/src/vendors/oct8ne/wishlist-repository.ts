import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { RowDataPacket } from 'mysql2/promise';
import { ttlCache } from '../../lib/ttl-cache';
import type { Db } from '../../woocommerce/db';
import { readOptions } from '../../woocommerce/options';
import { createYithWishlist } from './wishlist-yith';

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

const missingTable = (error: unknown) => (error as { code?: string }).code === 'ER_NO_SUCH_TABLE';

/** Where the plugin (Vendors/Oct8ne/WishlistEngine.php) says the shop keeps wishlists. */
export const WISHLIST_ENGINE_OPTION = 'commerce_bridge_oct8ne_wishlist';

/** The plugin re-decides on admin page views and plugin (de)activation; 2 s as for settings. */
const ENGINE_TTL_MS = 2000;

/** The plugin's own table: users and guest sessions. */
function ownTable(db: Db, prefix: string): WishlistRepository {
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
				// The plugin's DDL has no default for created_at (UTC, as WordPress's *_gmt columns).
				const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
				await db.query(`INSERT IGNORE INTO ${table} (owner_type, owner_key, product_id, created_at) VALUES ?`,
					[productIds.map((id) => [owner.type, owner.key, id, now])]);
				return true;
			} catch (error) {
				if (missingTable(error)) return false;
				throw error;
			}
		},
	};
}

/**
 * A customer's wishlist is the shop's (YITH's default list) while the plugin says YITH is in use and its
 * tables exist; otherwise, and always for guests (YITH keys their lists by its own cookie, which oct8ne's
 * calls do not carry), the plugin's table. The plugin moves a guest's items to the customer at login.
 */
export function createWishlistRepository(db: Db, prefix: string): WishlistRepository {
	const own = ownTable(db, prefix);
	const yith = createYithWishlist(db, prefix);
	const usesYith = ttlCache(async () => {
		const options = await readOptions(db, prefix, [WISHLIST_ENGINE_OPTION]);
		return options.get(WISHLIST_ENGINE_OPTION) === 'yith' && (await yith.tablesExist());
	}, ENGINE_TTL_MS);
	const inYith = async (owner: WishlistOwner) => owner.type === 'user' && (await usesYith());
	return {
		async productIds(owner) {
			return (await inYith(owner)) ? yith.productIds(Number(owner.key)) : own.productIds(owner);
		},
		async add(owner, productIds) {
			if (!(await inYith(owner))) return own.add(owner, productIds);
			if (productIds.length > 0) await yith.add(Number(owner.key), productIds);
			return true;
		},
	};
}

export default fp(
	async (fastify: FastifyInstance) => {
		fastify.decorate('wishlistRepository', createWishlistRepository(fastify.mysql.pool, fastify.config.tablePrefix));
	},
	{ name: 'wishlist-repository', dependencies: ['config', 'mysql'] },
);
