import { roundAmount } from '../store/price-format';
import { toNumber } from './order-storage';
import type { OrderLine } from './order-types';
import { type Db, rows } from '../db';

const LINE_META: Record<string, string> = {
	productId: '_product_id',
	variationId: '_variation_id',
	quantity: '_qty',
	subtotal: '_line_subtotal',
	subtotalTax: '_line_subtotal_tax',
	total: '_line_total',
	tax: '_line_tax',
};

const pivot = Object.entries(LINE_META)
	.map(([alias, key]) => `MAX(IF(m.meta_key = '${key}', m.meta_value, NULL)) AS ${alias}`)
	.join(', ');

type LineRow = { orderId: number; name: string } & Record<keyof typeof LINE_META, string | null>;

/**
 * Product lines of many orders in one query. Order items live in the same tables for HPOS and posts
 * storage, so this is shared by both.
 */
export async function orderLines(db: Db, prefix: string, orderIds: number[]): Promise<OrderLine[]> {
	if (!orderIds.length) return [];
	const found = await rows<LineRow>(db, `
		SELECT i.order_id AS orderId, i.order_item_name AS name, ${pivot}
		FROM ${prefix}woocommerce_order_items i
		LEFT JOIN ${prefix}woocommerce_order_itemmeta m ON m.order_item_id = i.order_item_id AND m.meta_key IN (?)
		WHERE i.order_id IN (?) AND i.order_item_type = 'line_item'
		GROUP BY i.order_item_id ORDER BY i.order_id, i.order_item_id`, [Object.values(LINE_META), orderIds]);
	return found.map((r) => ({
		orderId: Number(r.orderId),
		name: r.name,
		productId: toNumber(r.productId),
		variationId: toNumber(r.variationId),
		quantity: toNumber(r.quantity),
		subtotal: toNumber(r.subtotal),
		subtotalTax: toNumber(r.subtotalTax),
		total: toNumber(r.total),
		tax: toNumber(r.tax),
	}));
}

/**
 * The unit price paid, as WooCommerce's WC_Abstract_Order::get_item_total( $item, true, true ): line total
 * after coupons plus its tax, over the quantity, rounded to the currency's decimals. The one definition
 * every vendor payload uses; the plugin reports no order lines itself.
 */
export function unitPricePaid(line: Pick<OrderLine, 'total' | 'tax' | 'quantity'>, decimals: number): number {
	return line.quantity ? roundAmount((line.total + line.tax) / line.quantity, decimals) : 0;
}
