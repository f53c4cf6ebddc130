import { rows, type Db } from '../db';
import { toNumber } from './order-storage';

/** The order key WooCommerce gave the order ('' when none), from the storage `hpos` says is authoritative. */
export async function orderKey(db: Db, prefix: string, hpos: boolean, orderId: number): Promise<string> {
	const [found] = await rows<{ orderKey: string | null }>(db, hpos
		? `SELECT order_key AS orderKey FROM ${prefix}wc_order_operational_data WHERE order_id = ?`
		: `SELECT meta_value AS orderKey FROM ${prefix}postmeta WHERE post_id = ? AND meta_key = '_order_key'`, [orderId]);
	return found?.orderKey ?? '';
}

export interface OrderExtras {
	/** Shipping cost excluding tax, summed over the shipping lines. */
	shippingCost: number;
	/** The shipping lines' method names, comma-separated ('' without shipping). */
	shippingMethod: string;
	/** The coupon codes, comma-separated ('' without coupons). */
	coupon: string;
}

/** Shipping and coupon codes of an order: order items, the same in both storages. */
export async function orderExtras(db: Db, prefix: string, orderId: number): Promise<OrderExtras> {
	const items = await rows<{ type: string; name: string; cost: string | null }>(db, `
		SELECT i.order_item_type AS type, i.order_item_name AS name, m.meta_value AS cost FROM ${prefix}woocommerce_order_items i
		LEFT JOIN ${prefix}woocommerce_order_itemmeta m ON m.order_item_id = i.order_item_id AND m.meta_key = 'cost'
		WHERE i.order_id = ? AND i.order_item_type IN ('shipping', 'coupon') ORDER BY i.order_item_id`, [orderId]);
	const shipping = items.filter((i) => i.type === 'shipping');
	return {
		shippingCost: shipping.reduce((sum, i) => sum + toNumber(i.cost), 0),
		shippingMethod: shipping.map((i) => i.name).join(', '),
		coupon: items.filter((i) => i.type === 'coupon').map((i) => i.name).join(','),
	};
}
