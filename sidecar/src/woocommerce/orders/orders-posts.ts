import { HIDDEN_STATUSES, PAID_STATUSES } from './order-status';
import { type HeaderRow, type MetaRow, type OrderMatch, type OrderStorage, type RefundRow, emptyMatch, idsAndTotal, statsFrom, toHeader, toRefund, unixToIso } from './order-storage';
import { type Db, isoDate, rows } from '../db';

/** Header columns kept in postmeta, pivoted into the uniform header row. */
const HEADER_META: Record<string, string> = {
	number: '_order_number',
	currency: '_order_currency',
	total: '_order_total',
	customerId: '_customer_user',
	email: '_billing_email',
	phone: '_billing_phone',
	firstName: '_billing_first_name',
	lastName: '_billing_last_name',
	country: '_billing_country',
	paymentTitle: '_payment_method_title',
	paidTs: '_date_paid',
	completedTs: '_date_completed',
};
const TAX_KEYS = ['_order_tax', '_order_shipping_tax'];

const pivot = Object.entries(HEADER_META)
	.map(([alias, key]) => `MAX(IF(m.meta_key = '${key}', m.meta_value, NULL)) AS ${alias}`)
	.join(', ');

/** Orders read from the posts tables (`shop_order` / `shop_order_refund` posts and postmeta). */
export function postsStorage(db: Db, prefix: string): OrderStorage {
	const posts = `${prefix}posts`;
	const postmeta = `${prefix}postmeta`;
	const visible = `p.post_type = 'shop_order' AND p.post_status NOT IN (?)`;

	function matchSql(match: OrderMatch): { sql: string; params: unknown[] } {
		const parts: string[] = [];
		const params: unknown[] = [];
		if (match.email !== null) {
			parts.push(
				`p.ID IN (SELECT post_id FROM ${postmeta} WHERE meta_key = '_billing_email' AND meta_value = ?)`,
				`p.ID IN (SELECT cm.post_id FROM ${postmeta} cm JOIN ${prefix}users u ON u.ID = cm.meta_value
					WHERE cm.meta_key = '_customer_user' AND u.user_email = ?)`,
			);
			params.push(match.email, match.email);
		}
		if (match.customerIds.length) {
			parts.push(`p.ID IN (SELECT post_id FROM ${postmeta} WHERE meta_key = '_customer_user' AND meta_value IN (?))`);
			params.push(match.customerIds.map(String));
		}
		if (match.orderIds.length) { parts.push('p.ID IN (?)'); params.push(match.orderIds); }
		return { sql: `(${parts.join(' OR ')})`, params };
	}

	return {
		kind: 'posts',

		async search(match, limit, offset) {
			if (emptyMatch(match)) return { ids: [], total: 0 };
			const where = matchSql(match);
			return idsAndTotal(db, `FROM ${posts} p WHERE ${visible} AND ${where.sql}`, [HIDDEN_STATUSES, ...where.params],
				'p.ID', 'p.post_date_gmt DESC, p.ID DESC', limit, offset);
		},

		async headers(ids) {
			if (!ids.length) return [];
			const found = await rows<HeaderRow & { paidTs: string | null; completedTs: string | null }>(db, `
				SELECT p.ID AS id, p.post_status AS status, p.post_excerpt AS note,
					${isoDate('p.post_date_gmt')} AS createdAt, ${isoDate('p.post_modified_gmt')} AS updatedAt, ${pivot},
					ROUND(SUM(IF(m.meta_key IN (?), m.meta_value, 0)), 8) AS tax
				FROM ${posts} p LEFT JOIN ${postmeta} m ON m.post_id = p.ID AND m.meta_key IN (?)
				WHERE p.ID IN (?) GROUP BY p.ID`, [TAX_KEYS, [...Object.values(HEADER_META), ...TAX_KEYS], ids]);
			return found.map((r) => toHeader({ ...r, paidAt: unixToIso(r.paidTs), completedAt: unixToIso(r.completedTs) }));
		},

		async refunds(orderIds) {
			if (!orderIds.length) return [];
			const found = await rows<RefundRow>(db, `
				SELECT r.ID AS id, r.post_parent AS orderId, ${isoDate('r.post_date_gmt')} AS createdAt,
					MAX(IF(m.meta_key = '_refund_amount', m.meta_value, NULL)) AS amount,
					MAX(IF(m.meta_key = '_order_total', m.meta_value, NULL)) AS total,
					MAX(IF(m.meta_key = '_refund_reason', m.meta_value, NULL)) AS reason
				FROM ${posts} r LEFT JOIN ${postmeta} m ON m.post_id = r.ID AND m.meta_key IN ('_refund_amount', '_order_total', '_refund_reason')
				WHERE r.post_type = 'shop_order_refund' AND r.post_parent IN (?)
				GROUP BY r.ID ORDER BY r.post_date_gmt, r.ID`, [orderIds]);
			return found.map(toRefund);
		},

		meta(ids, keys) {
			if (!ids.length) return Promise.resolve([]);
			return rows<MetaRow>(db, `SELECT post_id AS orderId, meta_key AS \`key\`, meta_value AS value
				FROM ${postmeta} WHERE post_id IN (?) AND meta_key IN (?) ORDER BY meta_id`, [ids, keys]);
		},

		phoneCandidates(suffix) {
			return rows<{ orderId: number; phone: string }>(db, `
				SELECT m.post_id AS orderId, m.meta_value AS phone FROM ${postmeta} m
				JOIN ${posts} p ON p.ID = m.post_id AND ${visible}
				WHERE m.meta_key = '_billing_phone' AND REGEXP_REPLACE(m.meta_value, '[^0-9]', '') LIKE ?`,
			[HIDDEN_STATUSES, `%${suffix}`]);
		},

		async findByNumber(number) {
			const found = await rows<{ id: number }>(db, `
				SELECT p.ID AS id FROM ${posts} p WHERE ${visible} AND (p.ID IN (SELECT post_id FROM ${postmeta}
					WHERE meta_key = '_order_number' AND meta_value = ?) OR (p.ID = ? AND NOT EXISTS (SELECT 1 FROM ${postmeta}
					WHERE post_id = p.ID AND meta_key = '_order_number')))
				ORDER BY p.ID LIMIT 1`, [HIDDEN_STATUSES, number, number]);
			return found[0] ? Number(found[0].id) : null;
		},

		async paidStats(match) {
			if (emptyMatch(match)) return { orderCount: 0, totalSpent: 0, lastOrderAt: null };
			const where = matchSql(match);
			const total = (id: string) => `(SELECT meta_value FROM ${postmeta} WHERE post_id = ${id} AND meta_key = '_order_total' LIMIT 1)`;
			const [row] = await rows<{ n: number; spent: string | null; last: string | null }>(db, `
				SELECT COUNT(*) AS n, ROUND(SUM(t.total - t.refunded), 4) AS spent, ${isoDate('MAX(t.created)')} AS last FROM (
					SELECT ${total('p.ID')} AS total, p.post_date_gmt AS created,
						COALESCE((SELECT -SUM(${total('r.ID')}) FROM ${posts} r
							WHERE r.post_parent = p.ID AND r.post_type = 'shop_order_refund'), 0) AS refunded
					FROM ${posts} p WHERE p.post_type = 'shop_order' AND p.post_status IN (?) AND ${where.sql}) t`,
			[PAID_STATUSES, ...where.params]);
			return statsFrom(row);
		},
	};
}
