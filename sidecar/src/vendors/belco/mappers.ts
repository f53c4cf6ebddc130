import { unitPricePaid } from '../../woocommerce/orders/order-lines';
import type { Order } from '../../woocommerce/orders/order-types';
import type { Store } from '../../woocommerce/store/store-repository';
import { viewOrderUrl } from './links';
import type { BelcoOrder } from './schemas';

/** `price` is the unit price the customer paid (unitPricePaid), what an agent compares with the receipt. */
export function toBelcoOrder(order: Order, store: Store): BelcoOrder {
	return {
		id: String(order.id),
		note: order.customerNote,
		number: order.number,
		date: order.createdAt,
		createdAt: order.createdAt,
		updatedAt: order.updatedAt,
		status: order.status,
		currency: order.currency,
		products: order.lines.map((line) => ({
			name: line.name,
			quantity: line.quantity,
			price: unitPricePaid(line, store.price.decimals),
		})),
		total: order.total,
		url: viewOrderUrl(store, order.id),
		totalRefunded: order.totalRefunded,
		refunds: order.refunds.map((r) => ({ id: String(r.id), date: r.createdAt, amount: r.amount, reason: r.reason })),
	};
}
