import { unitPricePaid } from '../../woocommerce/orders/order-lines';
import { variationUrl } from '../../woocommerce/store/permalinks';
import type { LoymaxSettings } from '../settings';
import type { CatalogFeedRow, FeedCategory } from '../../woocommerce/feeds/catalog-feed-repository';
import type { CategoryChanges } from './category-changes';
import type { FeedCustomer } from '../../woocommerce/feeds/customer-feed-repository';
import { categoryId, lineProductId, orderId, productId } from './ids';
import type { FeedOrder } from '../../woocommerce/feeds/order-feed-repository';

/** WooCommerce data as Loymax's JSON:API resources; every id goes through ids.ts. */

type CategoryResource = { type: 'categories'; id: string; attributes: { parentId: string | null; name: string; url: string; deleted: boolean } };

/**
 * The categories of a pull: every one, or with `updatedSince` those the plugin recorded as changed
 * since (a renamed parent changes its children's URLs, so they count too) and those it has no record
 * of, followed by the deleted ones as `deleted: true` resources with empty name and URL.
 */
export function categoryResources(settings: LoymaxSettings, all: FeedCategory[], changes: CategoryChanges | null): CategoryResource[] {
	const byId = new Map(all.map((c) => [c.id, c]));
	const listed = changes ? all.filter((c) => changes.changed.has(c.id) || !changes.recorded.has(c.id)) : all;
	const live = listed.map((c): CategoryResource => {
		const parent = byId.get(c.parent);
		return { type: 'categories', id: categoryId(settings, c), attributes: { parentId: parent ? categoryId(settings, parent) : null, name: c.name, url: c.url, deleted: false } };
	});
	const gone = (changes?.deleted ?? []).map((c): CategoryResource => ({
		type: 'categories', id: categoryId(settings, c), attributes: { parentId: null, name: '', url: '', deleted: true },
	}));
	return [...live, ...gone];
}

export function productResource(settings: LoymaxSettings, currency: string, row: CatalogFeedRow) {
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

export function customerResource({ key, email, phone, firstName, lastName, registeredAt, country }: FeedCustomer) {
	return { type: 'customers' as const, id: key, attributes: { email, phone, firstName, lastName, registeredAt, country } };
}

export function orderResource(settings: LoymaxSettings, order: FeedOrder, customers: Map<number, string>, skus: Map<number, string>, decimals: number) {
	return {
		type: 'orders' as const,
		id: orderId(settings, order),
		attributes: {
			customerId: order.customerId > 0 ? customers.get(order.customerId) ?? null : null,
			createdAt: order.createdAt,
			updatedAt: order.updatedAt,
			status: order.status,
			total: order.total,
			currency: order.currency,
			lines: order.lines.map((line) => ({
				productId: lineProductId(settings, line, skus),
				quantity: line.quantity,
				price: unitPricePaid(line, decimals),
			})),
		},
	};
}
