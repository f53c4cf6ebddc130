import type { RowDataPacket } from 'mysql2/promise';
import type { Db } from '../db';
import { HIDDEN_STATUSES } from './order-status';

/** An order's totals and line counts, for reports over many orders (no lines, no addresses). */
export interface OrderSummary {
	id: number;
	customerId: number;
	currency: string;
	total: number;
	/** Sum of the lines before coupons, excluding tax. */
	subtotal: number;
	lineCount: number;
	itemCount: number;
	/** `YYYY-MM-DD HH:MM:SS` UTC. */
	createdUtc: string;
	updatedUtc: string;
}

const FORMAT = "'%Y-%m-%d %H:%i:%s'";

function ordersSql(prefix: string, hpos: boolean): string {
	return hpos
		? `SELECT o.id, o.customer_id AS customer, o.currency, o.total_amount AS total,
			DATE_FORMAT(o.date_created_gmt, ${FORMAT}) AS created, DATE_FORMAT(COALESCE(o.date_updated_gmt, o.date_created_gmt), ${FORMAT}) AS updated
		FROM \`${prefix}wc_orders\` o WHERE o.id IN (?) AND o.type = 'shop_order'
			AND o.status NOT IN (?) AND o.date_created_gmt >= ? AND o.date_created_gmt < ?`
		: `SELECT p.ID AS id, COALESCE(cu.meta_value, 0) AS customer, COALESCE(cur.meta_value, '') AS currency, COALESCE(tot.meta_value, 0) AS total,
			DATE_FORMAT(p.post_date_gmt, ${FORMAT}) AS created, DATE_FORMAT(p.post_modified_gmt, ${FORMAT}) AS updated
		FROM \`${prefix}posts\` p
		LEFT JOIN \`${prefix}postmeta\` cu ON cu.post_id = p.ID AND cu.meta_key = '_customer_user'
		LEFT JOIN \`${prefix}postmeta\` cur ON cur.post_id = p.ID AND cur.meta_key = '_order_currency'
		LEFT JOIN \`${prefix}postmeta\` tot ON tot.post_id = p.ID AND tot.meta_key = '_order_total'
		WHERE p.ID IN (?) AND p.post_type = 'shop_order'
			AND p.post_status NOT IN (?) AND p.post_date_gmt >= ? AND p.post_date_gmt < ?`;
}

/**
 * The placed orders (none in a HIDDEN_STATUSES status) among `ids` created in [fromUtc, toUtc), oldest first,
 * from the storage `hpos` says is authoritative, with their line counts (order items: the same in both storages).
 */
export async function orderSummaries(db: Db, prefix: string, hpos: boolean, ids: number[], fromUtc: string, toUtc: string): Promise<OrderSummary[]> {
	if (ids.length === 0) return [];
	const [orders] = await db.query<RowDataPacket[]>(`${ordersSql(prefix, hpos)} ORDER BY created, id`, [ids, HIDDEN_STATUSES, fromUtc, toUtc]);
	if (orders.length === 0) return [];
	const [lines] = await db.query<RowDataPacket[]>(
		`SELECT oi.order_id AS id, COUNT(*) AS lineCount, SUM(q.meta_value) AS itemCount, SUM(s.meta_value) AS subtotal
		FROM \`${prefix}woocommerce_order_items\` oi
		JOIN \`${prefix}woocommerce_order_itemmeta\` q ON q.order_item_id = oi.order_item_id AND q.meta_key = '_qty'
		JOIN \`${prefix}woocommerce_order_itemmeta\` s ON s.order_item_id = oi.order_item_id AND s.meta_key = '_line_subtotal'
		WHERE oi.order_item_type = 'line_item' AND oi.order_id IN (?) GROUP BY oi.order_id`,
		[orders.map((o) => o.id)],
	);
	const lineBy = new Map(lines.map((l) => [Number(l.id), l]));
	return orders.map((o) => {
		const l = lineBy.get(Number(o.id));
		return {
			id: Number(o.id), customerId: Number(o.customer) || 0, currency: String(o.currency), total: Number(o.total),
			subtotal: Number(l?.subtotal ?? 0), lineCount: Number(l?.lineCount ?? 0), itemCount: Number(l?.itemCount ?? 0),
			createdUtc: String(o.created), updatedUtc: String(o.updated ?? o.created),
		};
	});
}
