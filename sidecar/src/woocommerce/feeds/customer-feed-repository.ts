import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { createFeedPager, scanIds, stillInSet } from './feed-paging';
import { customerFromRow, PROFILE_META, PROFILE_PIVOT, type Customer, type ProfileRow } from '../customers/customers-repository';
import { type Db, isoDate, rows } from '../db';

/** How a customer is keyed in an external system (Loymax's `userIdMode`). */
export type UserKeyMode = { mode: 'id' | 'email' | 'phone' } | { mode: 'meta'; metaKey: string };

export interface FeedCustomer extends Customer {
	/** The customer's id in the chosen key mode. */
	key: string;
}

export interface CustomerPageQuery {
	keyMode: UserKeyMode;
	/** `YYYY-MM-DD HH:MM:SS` UTC: registered at or after it, or WooCommerce's `last_update` user meta at or after it. */
	updatedSince: string | null;
	page: number;
	size: number;
}

export interface CustomerFeedRepository {
	/**
	 * Users with the `customer` role, ordered by id. In phone and meta modes, customers without a value
	 * for the key are left out (they cannot be matched to a tracker identity).
	 */
	customers(query: CustomerPageQuery): Promise<{ rows: FeedCustomer[]; total: number }>;
	/** The key of each user id in `keyMode`; users without a value are absent from the map. */
	keys(userIds: number[], keyMode: UserKeyMode): Promise<Map<number, string>>;
}

declare module 'fastify' {
	interface FastifyInstance {
		customerFeedRepository: CustomerFeedRepository;
	}
}


/** The user meta key holding a user's key, for the meta-based modes. */
function keyMetaKey(keyMode: UserKeyMode): string | null {
	if (keyMode.mode === 'phone') return 'billing_phone';
	return keyMode.mode === 'meta' ? keyMode.metaKey : null;
}

export function createCustomerFeedRepository(db: Db, prefix: string): CustomerFeedRepository {
	const users = `${prefix}users`;
	const usermeta = `${prefix}usermeta`;
	const pager = createFeedPager();

	function rowSet(query: CustomerPageQuery): { where: string; params: unknown[] } {
		// Roles live in `{prefix}capabilities` as a serialized array: `a:1:{s:8:"customer";b:1;}`.
		const parts = [`EXISTS (SELECT 1 FROM ${usermeta} c WHERE c.user_id = u.ID AND c.meta_key = ? AND c.meta_value LIKE '%"customer"%')`];
		const params: unknown[] = [`${prefix}capabilities`];
		const metaKey = keyMetaKey(query.keyMode);
		if (metaKey !== null) {
			parts.push(`EXISTS (SELECT 1 FROM ${usermeta} k WHERE k.user_id = u.ID AND k.meta_key = ? AND TRIM(k.meta_value) <> '')`);
			params.push(metaKey);
		}
		if (query.updatedSince !== null) {
			parts.push(`(u.user_registered >= ? OR EXISTS (SELECT 1 FROM ${usermeta} lu WHERE lu.user_id = u.ID AND lu.meta_key = 'last_update'
				AND CAST(lu.meta_value AS UNSIGNED) >= ?))`);
			params.push(query.updatedSince, Math.floor(Date.parse(`${query.updatedSince.replace(' ', 'T')}Z`) / 1000));
		}
		return { where: parts.join(' AND '), params };
	}

	async function keys(userIds: number[], keyMode: UserKeyMode): Promise<Map<number, string>> {
		if (userIds.length === 0) return new Map();
		if (keyMode.mode === 'id') return new Map(userIds.map((id) => [id, String(id)]));
		const metaKey = keyMetaKey(keyMode);
		const found = metaKey === null
			? await rows<{ id: number; value: string }>(db, `SELECT ID AS id, user_email AS value FROM ${users} WHERE ID IN (?)`, [userIds])
			: await rows<{ id: number; value: string }>(db, `SELECT user_id AS id, MIN(meta_value) AS value FROM ${usermeta}
				WHERE user_id IN (?) AND meta_key = ? GROUP BY user_id`, [userIds, metaKey]);
		return new Map(found.filter((r) => (r.value ?? '').trim() !== '').map((r) => [Number(r.id), r.value.trim()]));
	}

	return {
		async customers(query) {
			const set = rowSet(query);
			const key = `customers|${JSON.stringify(query.keyMode)}|${query.updatedSince ?? ''}`;
			const ids = { sql: `SELECT u.ID AS id FROM ${users} u WHERE ${set.where}`, params: set.params };
			const { rows: userIds, total } = await pager.page({ key, number: query.page, size: query.size }, () => scanIds(db, ids),
				stillInSet(db, ids, 'u.ID'));
			if (userIds.length === 0) return { rows: [], total };
			const [profiles, userKeys] = await Promise.all([
				rows<ProfileRow>(db, `SELECT u.ID AS id, u.user_email AS email, ${isoDate('u.user_registered')} AS registeredAt, ${PROFILE_PIVOT}
					FROM ${users} u LEFT JOIN ${usermeta} m ON m.user_id = u.ID AND m.meta_key IN (?)
					WHERE u.ID IN (?) GROUP BY u.ID ORDER BY u.ID`, [PROFILE_META, userIds]),
				keys(userIds, query.keyMode),
			]);
			return {
				total,
				rows: profiles.flatMap((row) => {
					const userKey = userKeys.get(Number(row.id));
					return userKey === undefined ? [] : [{ ...customerFromRow(row), key: userKey }];
				}),
			};
		},
		keys,
	};
}

export default fp(
	async (fastify: FastifyInstance) => {
		fastify.decorate('customerFeedRepository', createCustomerFeedRepository(fastify.mysql.read, fastify.config.tablePrefix));
	},
	{ name: 'customer-feed-repository', dependencies: ['config', 'mysql'] },
);
