import fp from 'fastify-plugin';
import { normalisePhone, phonesMatch, phoneSuffix } from '../../lib/phone';
import { customerNotes } from './order-notes';
import { orderLines } from './order-lines';
import { type OrderMatch, type OrderStorage } from './order-storage';
import { metaByOrder, parseTracking, TRACKING_META_KEYS } from './order-tracking';
import { hposStorage } from './orders-hpos';
import { postsStorage } from './orders-posts';
import type { Order, OrderCriteria, OrderHeader, OrderPage, PaidOrderStats } from './order-types';
import { type Db, rows } from '../db';

export interface OrdersRepository {
	/** Orders of one customer, newest first; refunds are attached to their order, never listed. */
	find(criteria: OrderCriteria, page: { limit: number; offset: number }): Promise<OrderPage>;
	/** One visible order by `_order_number` (or id when it has none), with lines, refunds, notes and tracking. */
	findByNumber(number: string): Promise<Order | null>;
	/** One order by id, whatever its status, with lines, refunds, notes and tracking. */
	findById(id: number): Promise<Order | null>;
	/**
	 * Paid orders (WooCommerce's paid statuses: processing, completed) of a customer: count, spent net of
	 * refunds, last order date. Belco's widget (core/shopper) and frame both show these.
	 */
	paidStats(criteria: OrderCriteria): Promise<PaidOrderStats>;
	/** Which storage is authoritative right now (for wp-admin links). */
	storageKind(): Promise<'hpos' | 'posts'>;
}

declare module 'fastify' {
	interface FastifyInstance {
		ordersRepository: OrdersRepository;
	}
}

/**
 * @param isHpos reads the store's `woocommerce_custom_orders_table_enabled` (cached by the store repository),
 *               so switching storage in WooCommerce is followed without a restart.
 */
export function createOrdersRepository(db: Db, prefix: string, isHpos: () => Promise<boolean>): OrdersRepository {
	const storages = { hpos: hposStorage(db, prefix), posts: postsStorage(db, prefix) };
	const storage = async (): Promise<OrderStorage> => ((await isHpos()) ? storages.hpos : storages.posts);

	/** Phones cannot be compared in SQL: pre-filter on trailing digits, then compare normalised numbers. */
	async function resolve(criteria: OrderCriteria, from: OrderStorage): Promise<OrderMatch> {
		const match: OrderMatch = {
			email: criteria.email?.trim() || null,
			customerIds: criteria.customerId ? [criteria.customerId] : [],
			orderIds: [],
		};
		const phone = criteria.phone ? normalisePhone(criteria.phone) : null;
		if (!phone) return match;
		const suffix = phoneSuffix(phone);
		const same = (raw: string) => {
			const other = normalisePhone(raw);
			return other !== null && phonesMatch(phone, other);
		};
		const [orders, accounts] = await Promise.all([
			from.phoneCandidates(suffix),
			rows<{ userId: number; phone: string }>(db, `SELECT user_id AS userId, meta_value AS phone FROM ${prefix}usermeta
				WHERE meta_key = 'billing_phone' AND REGEXP_REPLACE(meta_value, '[^0-9]', '') LIKE ?`, [`%${suffix}`]),
		]);
		match.orderIds = orders.filter((o) => same(o.phone)).map((o) => Number(o.orderId));
		match.customerIds.push(...accounts.filter((a) => same(a.phone)).map((a) => Number(a.userId)));
		return match;
	}

	/** Lines, refunds, customer notes and tracking for a page of orders: five queries, whatever the page size. */
	async function complete(from: OrderStorage, ids: number[]): Promise<Order[]> {
		const [headers, lines, refunds, notes, meta] = await Promise.all([
			from.headers(ids),
			orderLines(db, prefix, ids),
			from.refunds(ids),
			customerNotes(db, prefix, ids),
			from.meta(ids, TRACKING_META_KEYS),
		]);
		const byId = new Map(headers.map((h): [number, OrderHeader] => [h.id, h]));
		const tracking = metaByOrder(meta);
		return ids.flatMap((id) => {
			const header = byId.get(id);
			if (!header) return [];
			const own = refunds.filter((r) => r.orderId === id);
			return [{
				...header,
				lines: lines.filter((l) => l.orderId === id),
				refunds: own,
				totalRefunded: Math.round(own.reduce((sum, r) => sum + r.amount, 0) * 100) / 100,
				customerNotes: notes.filter((n) => n.orderId === id),
				tracking: parseTracking(tracking.get(id) ?? new Map()),
			}];
		});
	}

	return {
		async find(criteria, page) {
			const from = await storage();
			const found = await from.search(await resolve(criteria, from), page.limit, page.offset);
			return { orders: await complete(from, found.ids), total: found.total };
		},
		async findByNumber(number) {
			const from = await storage();
			const id = await from.findByNumber(number);
			return id === null ? null : ((await complete(from, [id]))[0] ?? null);
		},
		async findById(id) {
			return (await complete(await storage(), [id]))[0] ?? null;
		},
		async paidStats(criteria) {
			const from = await storage();
			return from.paidStats(await resolve(criteria, from));
		},
		async storageKind() {
			return (await storage()).kind;
		},
	};
}

export default fp(
	async (fastify) => {
		const isHpos = async () => (await fastify.storeRepository.get()).hposAuthoritative;
		fastify.decorate('ordersRepository', createOrdersRepository(fastify.mysql.read, fastify.config.tablePrefix, isHpos));
	},
	{ name: 'orders-repository', dependencies: ['config', 'mysql', 'store-repository'] },
);
