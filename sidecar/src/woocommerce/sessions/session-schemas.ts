import { z } from 'zod';

/** WooCommerce stores amounts as floats or numeric strings; both become numbers. */
const amount = z.coerce.number().pipe(z.number().finite()).catch(0);

/** One `cart` entry of a WooCommerce session (WC_Cart::get_cart_for_session()), mapped to camelCase. */
export const sessionCartItemSchema = z
	.object({
		key: z.string(),
		product_id: z.coerce.number().int().positive(),
		variation_id: z.coerce.number().int().nonnegative().catch(0),
		quantity: z.coerce.number().positive(),
		line_subtotal: amount,
		line_subtotal_tax: amount,
		line_total: amount,
		line_tax: amount,
		// PHP serializes an empty array as a list, which is no record: that is "no attributes".
		variation: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).catch({}),
	})
	.transform((item) => ({
		key: item.key,
		productId: item.product_id,
		variationId: item.variation_id,
		quantity: item.quantity,
		lineSubtotal: item.line_subtotal,
		lineSubtotalTax: item.line_subtotal_tax,
		lineTotal: item.line_total,
		lineTax: item.line_tax,
		variation: item.variation,
	}));

export type CartLine = z.output<typeof sessionCartItemSchema>;

/** `cart_totals` of a WooCommerce session (WC_Cart_Totals), mapped to camelCase. */
export const sessionCartTotalsSchema = z
	.object({
		subtotal: amount,
		subtotal_tax: amount,
		shipping_total: amount,
		shipping_tax: amount,
		discount_total: amount,
		discount_tax: amount,
		cart_contents_total: amount,
		cart_contents_tax: amount,
		fee_total: amount,
		fee_tax: amount,
		total: amount,
		total_tax: amount,
	})
	.transform((t) => ({
		subtotal: t.subtotal,
		subtotalTax: t.subtotal_tax,
		shippingTotal: t.shipping_total,
		shippingTax: t.shipping_tax,
		discountTotal: t.discount_total,
		discountTax: t.discount_tax,
		contentsTotal: t.cart_contents_total,
		contentsTax: t.cart_contents_tax,
		feeTotal: t.fee_total,
		feeTax: t.fee_tax,
		total: t.total,
		totalTax: t.total_tax,
	}));

export type CartTotals = z.output<typeof sessionCartTotalsSchema>;
