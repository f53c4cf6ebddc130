import { z } from 'zod';

/** Belco appends `email` and `phoneNumber` to the configured URL; either may be empty. */
const email = z.string().trim().max(254)
	.refine((value) => value === '' || /^[^\s@<>]+@[^\s@<>]+$/.test(value), 'must be an e-mail address');

export const ORDERS_DEFAULT_LIMIT = 20;
export const ORDERS_MAX_LIMIT = 50;

export const ordersQuerySchema = z.object({
	token: z.string().optional(),
	email: email.default(''),
	phoneNumber: z.string().trim().max(40).regex(/^[0-9+()\-./\s]*$/, 'must be a phone number').default(''),
	page: z.coerce.number().int().min(1).max(1000).default(1),
	limit: z.coerce.number().int().min(1).max(ORDERS_MAX_LIMIT).default(ORDERS_DEFAULT_LIMIT),
});

export const frameQuerySchema = z.object({
	token: z.string().optional(),
	email: email.default(''),
});

/** The seed's order shape, plus refunds (`total` stays the order total, refunds are listed beside it). */
export const belcoOrderSchema = z.object({
	id: z.string(),
	note: z.string(),
	number: z.string(),
	date: z.string(),
	createdAt: z.string(),
	updatedAt: z.string(),
	status: z.string(),
	currency: z.string(),
	products: z.array(z.object({ name: z.string(), quantity: z.number(), price: z.number() })),
	total: z.number(),
	url: z.string(),
	totalRefunded: z.number(),
	refunds: z.array(z.object({ id: z.string(), date: z.string(), amount: z.number(), reason: z.string() })),
});

export const ordersResponseSchema = z.object({ orders: z.array(belcoOrderSchema) });

export type BelcoOrder = z.output<typeof belcoOrderSchema>;
export type OrdersQuery = z.output<typeof ordersQuerySchema>;
