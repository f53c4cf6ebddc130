import type { FastifyInstance, FastifyRequest } from 'fastify';
import { roundAmount } from '../../woocommerce/store/price-format';
import { displayedCart } from '../../woocommerce/sessions/cart-display';
import type { Product } from '../../woocommerce/catalog/product-types';
import type { WooSession } from '../../woocommerce/sessions/sessions-repository';
import type { WishlistOwner } from './wishlist-repository';
import { toSummary } from './mappers';
import { method } from './method';
import { cartPricing, catalogPricing, type Formatting } from './pricing';
import { cartSchema, customerDataSchema, sessionQuerySchema, wishlistQuerySchema, wishlistResultSchema } from './schemas';

/** The verified user's wishlist, else the guest session's; none for an anonymous request. */
function owner(request: FastifyRequest): WishlistOwner | null {
	const { userId, session, verified } = request.identity;
	if (verified && userId > 0) return { type: 'user', key: String(userId) };
	if (verified && session) return { type: 'session', key: session };
	return null;
}

/** The catalogue's sale ratio carried over to the price WooCommerce computed for this shopper (prev = price when not on sale). */
function prevPrice(unitPrice: number, product: Product, variationId: number, decimals: number): number {
	const priced = product.variations.find((v) => v.id === variationId) ?? product;
	const { price, regularPrice } = priced;
	if (!priced.onSale || price === null || regularPrice === null || price <= 0 || regularPrice === price) return unitPrice;
	return roundAmount((unitPrice * regularPrice) / price, decimals);
}

export function customerMethods(fastify: FastifyInstance) {
	const { storeRepository: store, productsRepository: products, sessionsRepository: sessions, wishlistRepository: wishlist } = fastify;
	const session = (request: FastifyRequest) => (request.identity.verified && request.identity.session ? sessions.getSession(request.identity.session) : Promise.resolve(null));

	/** Lines priced as this shopper's cart shows them (cart-display.ts), not at catalogue prices. */
	async function cartLines(current: WooSession | null, f: Formatting) {
		const [facts, pricing] = await Promise.all([store.get(), cartPricing(fastify, f)]);
		const { lines } = displayedCart(current, facts);
		const found = new Map((await products.byIds(lines.map((l) => l.productId), 'any')).map((p) => [p.id, p]));
		return lines.flatMap((line) => {
			const product = found.get(line.productId);
			if (!product) return [];
			// The parent stays the id oct8ne can look up; the price is the line's own.
			const regularPrice = prevPrice(line.unitPrice, product, line.variationId, facts.price.decimals);
			const priced = { ...product, price: line.unitPrice, regularPrice, onSale: regularPrice !== line.unitPrice };
			return [{ ...toSummary(pricing, priced), qty: line.quantity }];
		});
	}

	/** The verified customer's profile (null fields for a guest), wishlist and cart. */
	async function customerData(f: Formatting, request: FastifyRequest) {
		const { userId, verified } = request.identity;
		const customer = verified && userId > 0 ? await fastify.customersRepository.byId(userId) : null;
		const who = owner(request);
		const current = await session(request);
		// The wishlist at the shopper's own taxable address, as WooCommerce's shop pages show it to them.
		const [wished, cart, pricing] = await Promise.all([
			who ? wishlist.productIds(who).then((ids) => products.byIds(ids)) : Promise.resolve([]),
			cartLines(current, f),
			catalogPricing(fastify, request, f, current?.tax ?? null),
		]);
		return {
			id: customer ? String(customer.id) : null,
			firstName: customer?.firstName ?? null,
			lastName: customer?.lastName ?? null,
			email: customer?.email ?? null,
			wishlist: wished.map((p) => toSummary(pricing, p)),
			cart,
		};
	}

	return {
		customerdata: method(sessionQuerySchema, customerDataSchema, async (f, request) => customerData(f, request), { sessionBound: true }),

		addtowishlist: method(wishlistQuerySchema, wishlistResultSchema, async ({ productIds }, request) => {
			const who = owner(request);
			// Only products the shop shows can be wished for; unknown ids are ignored, not stored.
			const existing = who ? (await products.byIds(productIds)).map((p) => p.id) : [];
			const ok = who !== null && existing.length > 0 && (await wishlist.add(who, existing));
			return { result: ok ? 'true' : 'false' } as const;
		}, { sessionBound: true }),

		getcart: method(sessionQuerySchema, cartSchema, async (_q, request) => {
			const [facts, current] = await Promise.all([store.get(), session(request)]);
			const cart = displayedCart(current, facts);
			const names = new Map((await products.byIds(cart.lines.map((l) => l.productId), 'any')).map((p) => [p.id, p.name]));
			return {
				price: cart.subtotal,
				finalPrice: cart.total ?? cart.subtotal,
				currency: facts.price.currency,
				totalItems: cart.itemCount,
				cart: cart.lines.map((l) => ({ internalId: String(l.productId), title: names.get(l.productId) ?? '', qty: l.quantity, price: l.subtotal })),
			};
		}, { sessionBound: true }),
	};
}

