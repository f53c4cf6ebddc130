import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { RowDataPacket } from 'mysql2/promise';
import type { Db } from '../../woocommerce/db';
import { orderSummaries } from '../../woocommerce/orders/order-summaries';

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

	return {
		async sales(fromUtc, toUtc, hpos) {
			const bySession = await sessions();
			if (bySession.size === 0) return [];
			const orders = await orderSummaries(db, prefix, hpos, [...bySession.keys()], fromUtc, toUtc);
			return orders.map(({ id, ...order }) => ({ orderId: id, sessionId: bySession.get(id) ?? '', ...order }));
		},
	};
}

export default fp(
	async (fastify: FastifyInstance) => {
		fastify.decorate('oct8neSalesRepository', createOct8neSalesRepository(fastify.mysql.read, fastify.config.tablePrefix));
	},
	{ name: 'oct8ne-sales-repository', dependencies: ['config', 'mysql'] },
);
