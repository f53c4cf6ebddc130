import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WishlistOwner } from '../../repositories/wishlist-repository';
import { toSummary, type Formatting } from './mappers';
import { method } from './method';
import { cartSchema, customerDataSchema, sessionQuerySchema, wishlistQuerySchema, wishlistResultSchema } from './schemas';

/** The verified user's wishlist, else the guest session's; none for an anonymous request. */
function owner(request: FastifyRequest): WishlistOwner | null {
	const { userId, session, verified } = request.identity;
	if (verified && userId > 0) return { type: 'user', key: String(userId) };
	if (verified && session) return { type: 'session', key: session };
	return null;
}

const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

export function customerMethods(fastify: FastifyInstance) {
	const { storeRepository: store, productsRepository: products, sessionsRepository: sessions, wishlistRepository: wishlist } = fastify;
	const session = (request: FastifyRequest) => (request.identity.verified && request.identity.session ? sessions.getSession(request.identity.session) : Promise.resolve(null));

	async function cartLines(request: FastifyRequest, f: Formatting) {
		const lines = (await session(request))?.cart ?? [];
		const found = new Map((await products.byIds(lines.map((l) => l.productId), 'any')).map((p) => [p.id, p]));
		return Promise.all(lines.flatMap((line) => {
			const product = found.get(line.productId);
			if (!product) return [];
			// The variation in the cart has its own price; the parent stays the id oct8ne can look up.
			const variation = product.variations.find((v) => v.id === line.variationId);
			const priced = variation ? { ...product, price: variation.price, regularPrice: variation.regularPrice, onSale: variation.onSale } : product;
			return [toSummary(store, priced, f).then((summary) => ({ ...summary, qty: line.quantity }))];
		}));
	}

	return {
		customerdata: method(sessionQuerySchema, customerDataSchema, async (f, request) => {
			const { userId, verified } = request.identity;
			const customer = verified && userId > 0 ? await fastify.customersRepository.byId(userId) : null;
			const who = owner(request);
			const [wished, cart] = await Promise.all([
				who ? wishlist.productIds(who).then((ids) => products.byIds(ids)) : Promise.resolve([]),
				cartLines(request, f),
			]);
			return {
				id: customer ? String(customer.id) : null,
				firstName: customer?.firstName ?? null,
				lastName: customer?.lastName ?? null,
				email: customer?.email ?? null,
				wishlist: await Promise.all(wished.map((p) => toSummary(store, p, f))),
				cart,
			};
		}, { sessionBound: true }),

		addtowishlist: method(wishlistQuerySchema, wishlistResultSchema, async ({ productIds }, request) => {
			const who = owner(request);
			// Only products the shop shows can be wished for; unknown ids are ignored, not stored.
			const existing = who ? (await products.byIds(productIds)).map((p) => p.id) : [];
			const ok = who !== null && existing.length > 0 && (await wishlist.add(who, existing));
			return { result: ok ? 'true' : 'false' } as const;
		}, { sessionBound: true }),

		getcart: method(sessionQuerySchema, cartSchema, async (_q, request) => {
			const facts = await store.get();
			const current = await session(request);
			const lines = current?.cart ?? [];
			const names = new Map((await products.byIds(lines.map((l) => l.productId), 'any')).map((p) => [p.id, p.name]));
			const d = facts.price.decimals;
			const sum = (pick: (l: (typeof lines)[number]) => number) => lines.reduce((total, l) => total + pick(l), 0);
			return {
				price: round(current?.totals?.subtotal ?? sum((l) => l.lineSubtotal), d),
				finalPrice: round(current?.totals?.total ?? sum((l) => l.lineTotal + l.lineTax), d),
				currency: facts.price.currency,
				totalItems: sum((l) => l.quantity),
				cart: lines.map((l) => ({ internalId: String(l.productId), title: names.get(l.productId) ?? '', qty: l.quantity, price: round(l.lineTotal + l.lineTax, d) })),
			};
		}, { sessionBound: true }),
	};
}

