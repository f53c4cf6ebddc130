import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ProductRef } from '../../woocommerce/catalog/product-details-repository';
import type { Permalinks } from '../../woocommerce/store/permalinks';
import { bambuserProduct } from './mappers';
import { lookupResponse, type ProductsQuery, productsQuerySchema, searchResponse } from './schemas';

/** The product slug of a storefront URL: `?product=<slug>` (plain permalinks) or the last path segment. */
export function slugOfUrl(url: string, permalinks: Permalinks): string | null {
	const parsed = new URL(url);
	const plain = parsed.searchParams.get('product');
	if (plain) return plain;
	const segments = parsed.pathname.split('/').filter(Boolean);
	const last = segments[segments.length - 1];
	if (!last || segments.length < 2 && permalinks.productBase !== '') return null;
	try {
		return decodeURIComponent(last).toLowerCase();
	} catch {
		return null;
	}
}

/** A variation preselected in the URL (`?attribute_pa_color=blue`), as WooCommerce's own links do. */
function preselected(url: string): Record<string, string> {
	const params = new URL(url).searchParams;
	return Object.fromEntries([...params].filter(([key]) => key.startsWith('attribute_')).map(([key, value]) => [key.slice(10), value]));
}

async function resolve(fastify: FastifyInstance, query: ProductsQuery): Promise<{ refs: Array<{ ref: string; target: ProductRef | null }>; url?: string }> {
	const details = fastify.productDetailsRepository;
	if (query.ids) {
		const found = await details.byIds(query.ids);
		return { refs: query.ids.map((id) => ({ ref: String(id), target: found.find((r) => (r.variationId ?? r.productId) === id) ?? null })) };
	}
	if (query.sku) {
		const found = await details.bySku(query.sku);
		return { refs: [{ ref: query.sku, target: found[0] ?? null }] };
	}
	if (query.code) {
		const { gtinMetaKey } = await fastify.settingsRepository.get('bambuser');
		const found = await details.byMeta(gtinMetaKey, query.code);
		return { refs: [{ ref: query.code, target: found[0] ?? null }] };
	}
	const url = query.url ?? '';
	const slug = slugOfUrl(url, (await fastify.storeRepository.get()).permalinks);
	return { refs: [{ ref: url, target: slug ? await details.bySlug(slug) : null }], url };
}

/** Answers `ids`, `sku`, `url` or `code`: every reference found on a visible product, the rest in `notFound`. */
export async function lookupProducts(fastify: FastifyInstance, query: ProductsQuery) {
	const [{ refs, url }, store] = await Promise.all([resolve(fastify, query), fastify.storeRepository.get()]);
	const productIds = [...new Set(refs.flatMap((r) => (r.target ? [r.target.productId] : [])))];
	const [products, details] = await Promise.all([fastify.productsRepository.byIds(productIds, 'direct'), fastify.productDetailsRepository.details(productIds)]);
	const attributes = url ? preselected(url) : {};
	const answer = { currency: store.price.currency, products: [] as Array<ReturnType<typeof bambuserProduct>>, notFound: [] as string[] };
	for (const { ref, target } of refs) {
		const product = target && products.find((p) => p.id === target.productId);
		// A variation the shop does not offer (hidden when out of stock, say) is not found either.
		if (!product || (target.variationId !== null && !product.variations.some((v) => v.id === target.variationId))) answer.notFound.push(ref);
		else answer.products.push(bambuserProduct(ref, product, details.get(product.id) ?? { attributes: [], brand: null }, store.name, { variationId: target.variationId, attributes }));
	}
	return answer;
}

/** provide-search-data: one hit per product, the product's own id as sku. */
export async function searchProducts(fastify: FastifyInstance, query: ProductsQuery) {
	const page = query.page ?? 0;
	const pageSize = query.pageSize ?? 20;
	const [store, found] = await Promise.all([
		fastify.storeRepository.get(),
		fastify.productsRepository.search({ text: query.q ?? '', orderBy: 'relevance', dir: 'asc', limit: pageSize, offset: page * pageSize }),
	]);
	return {
		currency: store.price.currency, page, pageSize, totalMatches: found.total, totalPages: Math.ceil(found.total / pageSize),
		products: found.products.map((p) => ({
			sku: String(p.id), realSku: p.sku, name: p.name, imageUrl: p.thumbnail, url: p.url,
			price: { current: p.price, original: p.onSale ? p.regularPrice : null },
		})),
	};
}

/**
 * GET /products?ids=102,125 | ?sku=SNK-URB | ?url=<product URL> | ?code=<scanned barcode, looked up in the
 * gtinMetaKey post meta> → the lookup answer; ?q=mok&page=0&pageSize=20 → the search answer. Public
 * data the shop shows anyway: cacheable for a minute.
 */
const products: FastifyPluginAsyncZod = async (fastify) => {
	fastify.get('/products', {
		schema: { querystring: productsQuerySchema, response: { 200: z.union([lookupResponse, searchResponse]) } },
	}, async (request, reply) => {
		void reply.header('cache-control', 'public, max-age=60');
		return request.query.q !== undefined ? searchProducts(fastify, request.query) : lookupProducts(fastify, request.query);
	});
};

export default products;
