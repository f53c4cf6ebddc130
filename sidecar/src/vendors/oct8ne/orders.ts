import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { roundAmount } from '../../woocommerce/store/price-format';
import { localDateTime, nextDay, sqlUtc, startOfLocalDay } from '../../lib/zoned-date';
import type { Order } from '../../woocommerce/orders/order-types';
import type { Formatting } from './pricing';
import { method } from './method';
import { orderDetailsQuerySchema, orderDetailsSchema, orderSchema, ordersQuerySchema, salesReportItemSchema, salesReportQuerySchema } from './schemas';

export function orderMethods(fastify: FastifyInstance) {
	const { storeRepository: store, ordersRepository: orders } = fastify;

	async function summary(order: Order, f: Formatting) {
		const facts = await store.get();
		return {
			date: localDateTime(order.createdAt, facts.timezone),
			reference: order.number,
			// Always the order's own currency: its amounts are in it, and a requested `currency` must not relabel them.
			total: await store.formatPrice(order.total, { locale: f.locale, currency: order.currency }),
			currency: order.currency,
			labelState: order.statusLabel,
			deliveryDate: order.completedAt ? localDateTime(order.completedAt, facts.timezone) : '',
		};
	}

	/** An order by its number with tracking, lines and the notes the customer sees; `[]` when there is none. */
	async function orderDetails(q: z.output<typeof orderDetailsQuerySchema>) {
		const order = await orders.findByNumber(q.reference);
		if (!order) return [];
		const tracking = order.tracking[0];
		return {
			...(await summary(order, q)),
			carrier: tracking?.provider ?? '',
			trackingNumber: tracking?.trackingNumber ?? '',
			trackingUrl: tracking?.url ?? '',
			products: order.lines.map((l) => ({ quantity: l.quantity, name: l.name })),
			comments: [
				...(order.customerNote.trim() ? [{ message: order.customerNote.trim(), customer: true }] : []),
				...order.customerNotes.map((n) => ({ message: n.content, customer: false })),
			],
		};
	}

	/** Orders placed during an oct8ne session on whole days in the shop's timezone: [from 00:00, day after `to` 00:00). */
	async function salesReport(q: z.output<typeof salesReportQuerySchema>) {
		const facts = await store.get();
		const [from, to] = q.from <= q.to ? [q.from, q.to] : [q.to, q.from];
		const sales = await fastify.oct8neSalesRepository.sales(
			sqlUtc(startOfLocalDay(from, facts.timezone)), sqlUtc(startOfLocalDay(nextDay(to), facts.timezone)), facts.hposAuthoritative);
		return sales.map((s) => ({
			quoteid: String(s.orderId), quoteId: String(s.orderId), orderId: String(s.orderId), sessionId: s.sessionId,
			customerId: String(s.customerId), price: roundAmount(s.subtotal, facts.price.decimals), finalPrice: roundAmount(s.total, facts.price.decimals), currency: s.currency,
			productsCount: s.lineCount, itemsCount: s.itemCount, lastAction: s.createdUtc === s.updatedUtc ? 'C' : 'U',
			utcCreated: s.createdUtc, utcLastUpdated: s.updatedUtc,
		} as const));
	}

	return {
		getorders: method(ordersQuerySchema, z.array(orderSchema), async (q) => {
			const page = await orders.find({ email: q.customerEmail }, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
			return Promise.all(page.orders.map((o) => summary(o, q)));
		}, { protected: true }),

		getorderdetails: method(orderDetailsQuerySchema, z.union([orderDetailsSchema, z.array(z.never())]), async (q) => orderDetails(q), { protected: true }),

		getsalesreport: method(salesReportQuerySchema, z.array(salesReportItemSchema), async (q) => salesReport(q), { protected: true }),
	};
}
