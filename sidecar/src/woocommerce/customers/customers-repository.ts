import fp from 'fastify-plugin';
import type { PaidOrderStats } from '../orders/order-types';
import type { OrdersRepository } from '../orders/orders-repository';
import type { SessionsRepository } from '../sessions/sessions-repository';
import { type CartDisplay, type DisplayedCart, type DisplayedCartLine, displayedCart } from '../sessions/cart-display';
import { type Db, isoDate, rows } from '../db';

export interface Customer {
	id: number;
	email: string;
	firstName: string;
	lastName: string;
	phone: string;
	/** ISO 3166-1 alpha-2 billing country, '' when unknown. */
	country: string;
	/** `user_registered` (WordPress stores it in UTC) as ISO 8601. */
	registeredAt: string;
}

export interface CustomerWithStats extends Customer {
	/** Paid orders placed with the account or with its e-mail as a guest. */
	stats: PaidOrderStats;
}

export interface OpenCartLine extends DisplayedCartLine {
	/** The variation's title when there is one ("Hoodie - Blue"), else the product's; '' when deleted. */
	name: string;
}

export interface OpenCart extends DisplayedCart {
	lines: OpenCartLine[];
}

export interface CustomersRepository {
	byId(id: number): Promise<CustomerWithStats | null>;
	/** Case-insensitive on the account e-mail. */
	byEmail(email: string): Promise<CustomerWithStats | null>;
	/**
	 * The non-empty cart of a WooCommerce session (`t_…` for a guest, the user id for a customer) as the cart
	 * shows it, else null.
	 */
	openCart(sessionKey: string): Promise<OpenCart | null>;
}

declare module 'fastify' {
	interface FastifyInstance {
		customersRepository: CustomersRepository;
	}
}

/** User meta of a customer profile, and the SQL pivot that selects them as columns (join usermeta as `m`). */
export const PROFILE_META = ['first_name', 'last_name', 'billing_first_name', 'billing_last_name', 'billing_phone', 'billing_country'];
export const PROFILE_PIVOT = PROFILE_META.map((key) => `MAX(IF(m.meta_key = '${key}', m.meta_value, NULL)) AS ${key}`).join(', ');

export type ProfileRow = { id: number; email: string; registeredAt: string } & Record<string, string | null>;

/** Billing names first (what the customer typed at checkout, as on their orders), account names otherwise. */
export function customerFromRow(row: ProfileRow): Customer {
	return {
		id: Number(row.id),
		email: row.email,
		firstName: row.billing_first_name || row.first_name || '',
		lastName: row.billing_last_name || row.last_name || '',
		phone: row.billing_phone ?? '',
		country: row.billing_country ?? '',
		registeredAt: row.registeredAt,
	};
}

export function createCustomersRepository(
	db: Db, prefix: string, orders: OrdersRepository, sessions: SessionsRepository, display: () => Promise<CartDisplay>,
): CustomersRepository {
	const pivot = PROFILE_PIVOT;

	async function load(column: 'ID' | 'user_email', value: number | string): Promise<CustomerWithStats | null> {
		const [row] = await rows<ProfileRow>(db, `
			SELECT u.ID AS id, u.user_email AS email, ${isoDate('u.user_registered')} AS registeredAt, ${pivot}
			FROM ${prefix}users u LEFT JOIN ${prefix}usermeta m ON m.user_id = u.ID AND m.meta_key IN (?)
			WHERE u.${column} = ? GROUP BY u.ID ORDER BY u.ID LIMIT 1`, [PROFILE_META, value]);
		if (!row) return null;
		const customer = customerFromRow(row);
		return { ...customer, stats: await orders.paidStats({ customerId: customer.id, email: customer.email }) };
	}

	return {
		byId: (id) => load('ID', id),
		byEmail: (email) => load('user_email', email.trim()),
		async openCart(sessionKey) {
			const session = await sessions.getSession(sessionKey);
			if (!session?.cart.length) return null;
			const ids = [...new Set(session.cart.flatMap((l) => [l.productId, l.variationId]).filter((id) => id > 0))];
			const titles = new Map((await rows<{ id: number; title: string }>(db,
				`SELECT ID AS id, post_title AS title FROM ${prefix}posts WHERE ID IN (?)`, [ids])).map((r) => [Number(r.id), r.title]));
			const cart = displayedCart(session, await display());
			return { ...cart, lines: cart.lines.map((l) => ({ ...l, name: titles.get(l.variationId) ?? titles.get(l.productId) ?? '' })) };
		},
	};
}

export default fp(
	async (fastify) => {
		fastify.decorate('customersRepository', createCustomersRepository(
			fastify.mysql.read, fastify.config.tablePrefix, fastify.ordersRepository, fastify.sessionsRepository, () => fastify.storeRepository.get(),
		));
	},
	{ name: 'customers-repository', dependencies: ['config', 'mysql', 'orders-repository', 'sessions-repository', 'store-repository'] },
);
