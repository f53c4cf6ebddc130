import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { HIDDEN_STATUSES } from '../orders/order-status';
import { createFeedPager, scanIds, stillInSet } from './feed-paging';
import { orderLines } from '../orders/order-lines';
import type { OrderHeader, OrderLine } from '../orders/order-types';
import { hposStorage } from '../orders/orders-hpos';
import { postsStorage } from '../orders/orders-posts';
import type { Db } from '../db';

export interface FeedOrder extends OrderHeader {
	lines: OrderLine[];
}

export interface OrderPageQuery {
	/** `YYYY-MM-DD HH:MM:SS` UTC: HPOS `date_updated_gmt`, posts `post_modified_gmt`, at or after it. */
	updatedSince: string | null;
	page: number;
	size: number;
}

export interface OrderFeedRepository {
	/** Visible orders (no refunds, drafts or trash) ordered by id, from whichever storage is authoritative. */
	orders(query: OrderPageQuery): Promise<{ rows: FeedOrder[]; total: number }>;
}

declare module 'fastify' {
	interface FastifyInstance {
		orderFeedRepository: OrderFeedRepository;
	}
}

export function createOrderFeedRepository(db: Db, prefix: string, isHpos: () => Promise<boolean>): OrderFeedRepository {
	const storages = { hpos: hposStorage(db, prefix), posts: postsStorage(db, prefix) };
	const tables = {
		hpos: { from: `${prefix}wc_orders o`, id: 'o.id', visible: `o.type = 'shop_order' AND o.status NOT IN (?)`, updated: 'o.date_updated_gmt' },
		posts: { from: `${prefix}posts o`, id: 'o.ID', visible: `o.post_type = 'shop_order' AND o.post_status NOT IN (?)`, updated: 'o.post_modified_gmt' },
	};
	const pager = createFeedPager();

	function rowSet(kind: 'hpos' | 'posts', query: OrderPageQuery): { where: string; params: unknown[] } {
		const table = tables[kind];
		return query.updatedSince === null
			? { where: table.visible, params: [HIDDEN_STATUSES] }
			: { where: `${table.visible} AND ${table.updated} >= ?`, params: [HIDDEN_STATUSES, query.updatedSince] };
	}

	return {
		async orders(query) {
			const kind = (await isHpos()) ? 'hpos' : 'posts';
			const key = `orders|${kind}|${query.updatedSince ?? ''}`;
			const set = rowSet(kind, query);
			const ids = { sql: `SELECT ${tables[kind].id} AS id FROM ${tables[kind].from} WHERE ${set.where}`, params: set.params };
			const { rows: orderIds, total } = await pager.page({ key, number: query.page, size: query.size }, () => scanIds(db, ids),
				stillInSet(db, ids, tables[kind].id));
			const [headers, lines] = await Promise.all([storages[kind].headers(orderIds), orderLines(db, prefix, orderIds)]);
			const byOrder = new Map<number, OrderLine[]>();
			for (const line of lines) byOrder.set(line.orderId, [...(byOrder.get(line.orderId) ?? []), line]);
			const byId = new Map(headers.map((h) => [h.id, h]));
			return {
				total,
				rows: orderIds.flatMap((id) => {
					const header = byId.get(id);
					return header ? [{ ...header, lines: byOrder.get(id) ?? [] }] : [];
				}),
			};
		},
	};
}

export default fp(
	async (fastify: FastifyInstance) => {
		const isHpos = async () => (await fastify.storeRepository.get()).hposAuthoritative;
		fastify.decorate('orderFeedRepository', createOrderFeedRepository(fastify.mysql.read, fastify.config.tablePrefix, isHpos));
	},
	{ name: 'order-feed-repository', dependencies: ['config', 'mysql', 'store-repository'] },
);
