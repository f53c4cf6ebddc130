import { HIDDEN_STATUSES, PAID_STATUSES } from './order-status';
import { type HeaderRow, type MetaRow, type OrderMatch, type OrderStorage, type RefundRow, emptyMatch, idsAndTotal, statsFrom, toHeader, toRefund } from './order-storage';
import { type Db, isoDate, rows } from '../db';

/** Orders read from the HPOS tables (`wc_orders`, `wc_orders_meta`, `wc_order_addresses`, …). */
export function hposStorage(db: Db, prefix: string): OrderStorage {
	const orders = `${prefix}wc_orders`;
	const metaTable = `${prefix}wc_orders_meta`;
	const visible = `o.type = 'shop_order' AND o.status NOT IN (?)`;

	function matchSql(match: OrderMatch): { sql: string; params: unknown[] } {
		const parts: string[] = [];
		const params: unknown[] = [];
		if (match.email !== null) {
			parts.push('o.billing_email = ?', `o.customer_id IN (SELECT ID FROM ${prefix}users WHERE user_email = ?)`);
			params.push(match.email, match.email);
		}
		if (match.customerIds.length) { parts.push('o.customer_id IN (?)'); params.push(match.customerIds); }
		if (match.orderIds.length) { parts.push('o.id IN (?)'); params.push(match.orderIds); }
		return { sql: `(${parts.join(' OR ')})`, params };
	}

	return {
		kind: 'hpos',

		async search(match, limit, offset) {
			if (emptyMatch(match)) return { ids: [], total: 0 };
			const where = matchSql(match);
			return idsAndTotal(db, `FROM ${orders} o WHERE ${visible} AND ${where.sql}`, [HIDDEN_STATUSES, ...where.params],
				'o.id', 'o.date_created_gmt DESC, o.id DESC', limit, offset);
		},

		async headers(ids) {
			if (!ids.length) return [];
			const found = await rows<HeaderRow>(db, `
				SELECT o.id, num.meta_value AS number, o.status, o.currency, o.total_amount AS total, o.tax_amount + COALESCE(od.shipping_tax_amount, 0) AS tax,
					o.customer_id AS customerId, o.billing_email AS email, a.phone, a.first_name AS firstName,
					a.last_name AS lastName, a.country, o.customer_note AS note, o.payment_method_title AS paymentTitle,
					${isoDate('o.date_created_gmt')} AS createdAt, ${isoDate('o.date_updated_gmt')} AS updatedAt,
					${isoDate('od.date_paid_gmt')} AS paidAt, ${isoDate('od.date_completed_gmt')} AS completedAt
				FROM ${orders} o
				LEFT JOIN ${prefix}wc_order_addresses a ON a.order_id = o.id AND a.address_type = 'billing'
				LEFT JOIN ${prefix}wc_order_operational_data od ON od.order_id = o.id
				LEFT JOIN ${metaTable} num ON num.order_id = o.id AND num.meta_key = '_order_number'
				WHERE o.id IN (?)`, [ids]);
			return found.map(toHeader);
		},

		async refunds(orderIds) {
			if (!orderIds.length) return [];
			const found = await rows<RefundRow>(db, `
				SELECT r.id, r.parent_order_id AS orderId, amt.meta_value AS amount, r.total_amount AS total,
					why.meta_value AS reason, ${isoDate('r.date_created_gmt')} AS createdAt
				FROM ${orders} r
				LEFT JOIN ${metaTable} amt ON amt.order_id = r.id AND amt.meta_key = '_refund_amount'
				LEFT JOIN ${metaTable} why ON why.order_id = r.id AND why.meta_key = '_refund_reason'
				WHERE r.type = 'shop_order_refund' AND r.parent_order_id IN (?)
				ORDER BY r.date_created_gmt, r.id`, [orderIds]);
			return found.map(toRefund);
		},

		meta(ids, keys) {
			if (!ids.length) return Promise.resolve([]);
			return rows<MetaRow>(db, `SELECT order_id AS orderId, meta_key AS \`key\`, meta_value AS value
				FROM ${metaTable} WHERE order_id IN (?) AND meta_key IN (?) ORDER BY id`, [ids, keys]);
		},

		phoneCandidates(suffix) {
			return rows<{ orderId: number; phone: string }>(db, `
				SELECT a.order_id AS orderId, a.phone FROM ${prefix}wc_order_addresses a
				JOIN ${orders} o ON o.id = a.order_id AND ${visible}
				WHERE a.address_type = 'billing' AND REGEXP_REPLACE(a.phone, '[^0-9]', '') LIKE ?`,
			[HIDDEN_STATUSES, `%${suffix}`]);
		},

		async findByNumber(number) {
			const found = await rows<{ id: number }>(db, `
				SELECT o.id FROM ${orders} o WHERE ${visible} AND (o.id IN (SELECT order_id FROM ${metaTable}
					WHERE meta_key = '_order_number' AND meta_value = ?) OR (o.id = ? AND NOT EXISTS (SELECT 1 FROM ${metaTable}
					WHERE order_id = o.id AND meta_key = '_order_number')))
				ORDER BY o.id LIMIT 1`, [HIDDEN_STATUSES, number, number]);
			return found[0] ? Number(found[0].id) : null;
		},

		async paidStats(match) {
			if (emptyMatch(match)) return { orderCount: 0, totalSpent: 0, lastOrderAt: null };
			const where = matchSql(match);
			const [row] = await rows<{ n: number; spent: string | null; last: string | null }>(db, `
				SELECT COUNT(*) AS n, SUM(t.total - t.refunded) AS spent, ${isoDate('MAX(t.created)')} AS last FROM (
					SELECT o.total_amount AS total, o.date_created_gmt AS created,
						COALESCE((SELECT -SUM(r.total_amount) FROM ${orders} r
							WHERE r.parent_order_id = o.id AND r.type = 'shop_order_refund'), 0) AS refunded
					FROM ${orders} o WHERE o.type = 'shop_order' AND o.status IN (?) AND ${where.sql}) t`,
			[PAID_STATUSES, ...where.params]);
			return statsFrom(row);
		},
	};
}
