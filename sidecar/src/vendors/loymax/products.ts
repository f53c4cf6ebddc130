import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { variationUrl } from '../../woocommerce/store/permalinks';
import type { CatalogFeedRow } from './catalog-feed-repository';
import type { LoymaxSettings } from '../settings';
import { categoryId, productId } from './ids';
import { feedDocument, feedPage } from './jsonapi';
import { feedQuerySchema, productsResponse } from './schemas';

function resource(settings: LoymaxSettings, currency: string, row: CatalogFeedRow) {
	const { product, variation } = row;
	const priced = variation ?? product;
	return {
		type: 'products' as const,
		id: productId(settings, product, variation),
		attributes: {
			parentId: variation ? productId(settings, product) : null,
			name: variation ? row.variationTitle : product.name,
			categoryIds: product.categories.map((c) => categoryId(settings, c)),
			price: priced.price,
			regularPrice: priced.regularPrice,
			currency,
			stockStatus: priced.stockStatus,
			url: variation ? variationUrl(product.url, Object.entries(variation.attributes)) : product.url,
			imageUrl: variation?.image ?? product.images[0] ?? null,
			sku: variation ? variation.sku : product.sku,
		},
	};
}

/** The product directory; with `productIdMode` 'variation' each variation is a row with its product as parent. */
export function productsFeed(fastify: FastifyInstance): void {
	fastify.withTypeProvider<ZodTypeProvider>().get('/products', {
		schema: { querystring: feedQuerySchema, response: { 200: productsResponse } },
	}, async (request) => {
		const page = feedPage(request.query);
		const [settings, store] = await Promise.all([fastify.settingsRepository.get('loymax'), fastify.storeRepository.get()]);
		const found = await fastify.catalogFeedRepository.products({
			variations: settings.productIdMode === 'variation', updatedSince: page.updatedSince, page: page.number, size: page.size,
		});
		const data = found.rows.map((row) => resource(settings, store.price.currency, row));
		return feedDocument(request, store.homeUrl, page, found.total, data);
	});
}
