import type { FastifyInstance } from 'fastify';
import { tokensEqual } from '../../lib/tokens';
import { rows } from '../../woocommerce/db';
import { unitPricePaid } from '../../woocommerce/orders/order-lines';
import { toNumber } from '../../woocommerce/orders/order-storage';
import type { PurchaseQuery } from './schemas';

/** The order key WooCommerce gave the order ('' when none), from whichever storage is authoritative. */
async function orderKey(fastify: FastifyInstance, orderId: number): Promise<string> {
	const prefix = fastify.config.tablePrefix;
	const hpos = (await fastify.ordersRepository.storageKind()) === 'hpos';
	const [found] = await rows<{ orderKey: string | null }>(fastify.mysql.read, hpos
		? `SELECT order_key AS orderKey FROM ${prefix}wc_order_operational_data WHERE order_id = ?`
		: `SELECT meta_value AS orderKey FROM ${prefix}postmeta WHERE post_id = ? AND meta_key = '_order_key'`, [orderId]);
	return found?.orderKey ?? '';
}

/** Shipping (cost excluding tax, method names) and coupon codes: order items, the same in both storages. */
async function extras(fastify: FastifyInstance, orderId: number) {
	const prefix = fastify.config.tablePrefix;
	const items = await rows<{ type: string; name: string; cost: string | null }>(fastify.mysql.read, `
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

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Bambuser's `purchase` shopper event for one order (`window._bambuser.track('purchase', …)`): the
 * order key is the proof, as on WooCommerce's order-received page; null when the order or key is wrong.
 * Product ids are the ones hydration hands out (variation, else product id), prices what was paid.
 */
export async function purchaseEvent(fastify: FastifyInstance, { order: orderId, key }: PurchaseQuery) {
	const [order, expected, store] = await Promise.all([fastify.ordersRepository.findById(orderId), orderKey(fastify, orderId), fastify.storeRepository.get()]);
	if (!order || !tokensEqual(key, expected)) return null;
	const { decimals } = store.price;
	const { shippingCost, shippingMethod, coupon } = await extras(fastify, orderId);
	return {
		purchase: {
			id: order.number, currency: order.currency, total: order.total, tax: order.totalTax,
			subtotal: round(order.lines.reduce((sum, line) => sum + line.subtotal, 0), decimals), shippingCost: round(shippingCost, decimals),
			...(shippingMethod ? { shippingMethod } : {}), ...(coupon ? { coupon } : {}),
		},
		products: order.lines.map((line) => ({
			id: String(line.variationId || line.productId), name: line.name, price: unitPricePaid(line, decimals), currency: order.currency, quantity: line.quantity,
		})),
	};
}
