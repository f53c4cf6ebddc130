import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { RowDataPacket } from 'mysql2/promise';
import type { Db } from '../../woocommerce/db';

/** An order placed during an oct8ne session (the `oct8ne-session` cookie recorded at order creation). */
export interface Oct8neSale {
	orderId: number;
	sessionId: string;
	customerId: number;
	/** Sum of the lines before coupons, excluding tax. */
	subtotal: number;
	total: number;
	currency: string;
	lineCount: number;
	itemCount: number;
	/** `YYYY-MM-DD HH:MM:SS` UTC. */
	createdUtc: string;
	updatedUtc: string;
}

export interface Oct8neSalesRepository {
	/** Sales whose order was created in [fromUtc, toUtc), oldest first; `hpos` picks the authoritative storage. */
	sales(fromUtc: string, toUtc: string, hpos: boolean): Promise<Oct8neSale[]>;
}

declare module 'fastify' {
	interface FastifyInstance {
		oct8neSalesRepository: Oct8neSalesRepository;
	}
}

/** The table the PHP plugin creates on activation (tests create it with this DDL). */
export function oct8neSessionsTableSql(prefix: string): string {
	return `CREATE TABLE IF NOT EXISTS \`${prefix}commerce_bridge_oct8ne_sessions\` (
	order_id BIGINT UNSIGNED NOT NULL,
	session_id VARCHAR(191) NOT NULL,
	created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	PRIMARY KEY (order_id)
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci`;
}

const FORMAT = "'%Y-%m-%d %H:%i:%s'";

async function optionalRows(db: Db, sql: string): Promise<RowDataPacket[]> {
	try {
		return (await db.query<RowDataPacket[]>(sql, []))[0];
	} catch (error) {
		if ((error as { code?: string }).code === 'ER_NO_SUCH_TABLE') return [];
		throw error;
	}
}

export function createOct8neSalesRepository(db: Db, prefix: string): Oct8neSalesRepository {
	/** Our table first; the official plugin's `oct8neHistory` fills in orders recorded before the switch. */
	async function sessions(): Promise<Map<number, string>> {
		const [ours, legacy] = await Promise.all([
			optionalRows(db, `SELECT order_id AS id, session_id AS session FROM \`${prefix}commerce_bridge_oct8ne_sessions\``),
			optionalRows(db, `SELECT cart_id AS id, session_id AS session FROM \`${prefix}oct8neHistory\` ORDER BY id_oct8nehistory`),
		]);
		const map = new Map<number, string>();
		for (const row of [...ours, ...legacy]) if (!map.has(Number(row.id)) && row.session) map.set(Number(row.id), String(row.session));
		return map;
	}

	function ordersSql(hpos: boolean): string {
		return hpos
			? `SELECT o.id, o.customer_id AS customer, o.currency, o.total_amount AS total,
				DATE_FORMAT(o.date_created_gmt, ${FORMAT}) AS created, DATE_FORMAT(COALESCE(o.date_updated_gmt, o.date_created_gmt), ${FORMAT}) AS updated
			FROM \`${prefix}wc_orders\` o WHERE o.id IN (?) AND o.type = 'shop_order'
				AND o.status NOT IN ('wc-checkout-draft', 'trash', 'auto-draft') AND o.date_created_gmt >= ? AND o.date_created_gmt < ?`
			: `SELECT p.ID AS id, COALESCE(cu.meta_value, 0) AS customer, COALESCE(cur.meta_value, '') AS currency, COALESCE(tot.meta_value, 0) AS total,
				DATE_FORMAT(p.post_date_gmt, ${FORMAT}) AS created, DATE_FORMAT(p.post_modified_gmt, ${FORMAT}) AS updated
			FROM \`${prefix}posts\` p
			LEFT JOIN \`${prefix}postmeta\` cu ON cu.post_id = p.ID AND cu.meta_key = '_customer_user'
			LEFT JOIN \`${prefix}postmeta\` cur ON cur.post_id = p.ID AND cur.meta_key = '_order_currency'
			LEFT JOIN \`${prefix}postmeta\` tot ON tot.post_id = p.ID AND tot.meta_key = '_order_total'
			WHERE p.ID IN (?) AND p.post_type = 'shop_order'
				AND p.post_status NOT IN ('wc-checkout-draft', 'trash', 'auto-draft') AND p.post_date_gmt >= ? AND p.post_date_gmt < ?`;
	}

	return {
		async sales(fromUtc, toUtc, hpos) {
			const bySession = await sessions();
			if (bySession.size === 0) return [];
			const [orders] = await db.query<RowDataPacket[]>(`${ordersSql(hpos)} ORDER BY created, id`, [[...bySession.keys()], fromUtc, toUtc]);
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
					orderId: Number(o.id), sessionId: bySession.get(Number(o.id)) ?? '', customerId: Number(o.customer) || 0,
					subtotal: Number(l?.subtotal ?? 0), total: Number(o.total), currency: String(o.currency),
					lineCount: Number(l?.lineCount ?? 0), itemCount: Number(l?.itemCount ?? 0),
					createdUtc: String(o.created), updatedUtc: String(o.updated ?? o.created),
				};
			});
		},
	};
}

export default fp(
	async (fastify: FastifyInstance) => {
		fastify.decorate('oct8neSalesRepository', createOct8neSalesRepository(fastify.mysql.read, fastify.config.tablePrefix));
	},
	{ name: 'oct8ne-sales-repository', dependencies: ['config', 'mysql'] },
);
