import { z } from 'zod';

export const healthOkSchema = z.object({ status: z.literal('ok'), db: z.literal('ok'), version: z.string() });
export const healthDegradedSchema = z.object({ status: z.literal('degraded'), db: z.literal('down'), version: z.string() });
export const identityResponseSchema = z.object({ userId: z.number().int(), session: z.string().nullable() });

const amount = z.number().finite();

/** A customer as every vendor sees them (customers-repository.ts: names, paid-order statistics). */
export const shopperCustomerSchema = z.object({
	id: z.number().int().positive(),
	email: z.string(),
	firstName: z.string(),
	lastName: z.string(),
	phone: z.string(),
	country: z.string(),
	registeredAt: z.string(),
	orderCount: z.number().int().nonnegative(),
	totalSpent: amount,
	lastOrderAt: z.string().nullable(),
});

/** A cart as the shopper's cart shows it (cart-display.ts), with a link to each line's product. */
export const shopperCartSchema = z.object({
	currency: z.string(),
	subtotal: amount,
	total: amount,
	itemCount: z.number().nonnegative(),
	lines: z.array(z.object({
		productId: z.number().int(),
		variationId: z.number().int(),
		name: z.string(),
		quantity: z.number(),
		unitPrice: amount,
		subtotal: amount,
		url: z.string(),
	})),
});

export const shopperResponseSchema = z.object({ customer: shopperCustomerSchema.nullable(), cart: shopperCartSchema });
