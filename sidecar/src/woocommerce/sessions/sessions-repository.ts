import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import type { RowDataPacket } from 'mysql2/promise';
import { tryPhpUnserialize, type PhpMap, type PhpValue } from '../php-unserialize';
import { shopperTaxOf, type ShopperTax } from './shopper-tax';
import { sessionCartItemSchema, sessionCartTotalsSchema, type CartLine, type CartTotals } from './session-schemas';

export interface WooSession {
	key: string;
	cart: CartLine[];
	/** null when WooCommerce has not calculated totals for this session yet. */
	totals: CartTotals | null;
	appliedCoupons: string[];
	/** The e-mail the shopper typed at checkout (or their account's), null when none. Personal data: never log it. */
	customerEmail: string | null;
	/** The shopper's addresses and VAT exemption as WooCommerce taxes them; null without customer data. */
	tax: ShopperTax | null;
	/** Unix time after which WooCommerce deletes the session. */
	expiresAt: number;
}

export interface SessionsRepository {
	/** The non-expired session with this key (`t_…` for guests, the user id for customers), or null. */
	getSession(sessionKey: string): Promise<WooSession | null>;
}

declare module 'fastify' {
	interface FastifyInstance {
		sessionsRepository: SessionsRepository;
	}
}

interface SessionRow extends RowDataPacket {
	session_value: string;
	session_expiry: number;
}

const isMap = (value: PhpValue | undefined): value is PhpMap => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * WooCommerce serializes the session as an array of *serialized strings*; only the parts needed are
 * unserialized (the shipping rates hold WC_Shipping_Rate objects, which the safe parser rejects).
 */
function inner(session: PhpMap, key: string): PhpValue | undefined {
	const raw = session[key];
	return typeof raw === 'string' ? tryPhpUnserialize(raw) : undefined;
}

export function parseSession(key: string, value: string, expiresAt: number): WooSession | null {
	const session = tryPhpUnserialize(value);
	if (!isMap(session)) return null;
	const cart = inner(session, 'cart');
	const totals = sessionCartTotalsSchema.safeParse(inner(session, 'cart_totals'));
	const coupons = inner(session, 'applied_coupons');
	const customer = inner(session, 'customer');
	const email = isMap(customer) && typeof customer.email === 'string' ? customer.email.trim() : '';
	return {
		key,
		cart: isMap(cart) || Array.isArray(cart) ? Object.values(cart).flatMap((item) => sessionCartItemSchema.safeParse(item).data ?? []) : [],
		totals: totals.success ? totals.data : null,
		appliedCoupons: Array.isArray(coupons) ? coupons.filter((c): c is string => typeof c === 'string') : [],
		customerEmail: email === '' ? null : email,
		tax: shopperTaxOf(customer, inner(session, 'chosen_shipping_methods')),
		expiresAt,
	};
}

function createRepository(fastify: FastifyInstance): SessionsRepository {
	const sql = `SELECT session_value, session_expiry FROM \`${fastify.config.tablePrefix}woocommerce_sessions\` WHERE session_key = ? AND session_expiry > UNIX_TIMESTAMP() LIMIT 1`;
	return {
		async getSession(sessionKey) {
			const [rows] = await fastify.mysql.pool.execute<SessionRow[]>(sql, [sessionKey]);
			const row = rows[0];
			return row ? parseSession(sessionKey, row.session_value, Number(row.session_expiry)) : null;
		},
	};
}

export default fp(
	async (fastify) => {
		fastify.decorate('sessionsRepository', createRepository(fastify));
	},
	{ name: 'sessions-repository', dependencies: ['config', 'mysql'] },
);
