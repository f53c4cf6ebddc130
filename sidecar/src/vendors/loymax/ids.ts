import type { LoymaxSettings } from '../settings';
import type { FeedCategory } from '../../woocommerce/feeds/catalog-feed-repository';
import type { UserKeyMode } from '../../woocommerce/feeds/customer-feed-repository';
import type { Product, Variation } from '../../woocommerce/catalog/product-types';

/**
 * The ids Loymax sees, per the id settings the tracker uses too (the plugin's Loymax module sends the
 * same): every feed maps WooCommerce ids through these functions only.
 */

export function categoryId(settings: LoymaxSettings, category: Pick<FeedCategory, 'id' | 'slug'>): string {
	return settings.categoryIdMode === 'slug' ? category.slug : String(category.id);
}

/** SKU mode keys a product by its SKU, falling back to its id when it has none. */
export function productId(settings: LoymaxSettings, product: Pick<Product, 'id' | 'sku'>, variation: Variation | null = null): string {
	if (settings.productIdMode === 'variation' && variation) return String(variation.id);
	if (settings.productIdMode === 'sku') return product.sku || String(product.id);
	return String(product.id);
}

/** An order line's product id; `skus` holds the products' SKUs for SKU mode. */
export function lineProductId(settings: LoymaxSettings, line: { productId: number; variationId: number }, skus: Map<number, string>): string {
	if (settings.productIdMode === 'variation' && line.variationId > 0) return String(line.variationId);
	if (settings.productIdMode === 'sku') return skus.get(line.productId) || String(line.productId);
	return String(line.productId);
}

export function userKeyMode(settings: LoymaxSettings): UserKeyMode {
	// A meta mode without a key cannot match anyone: fall back to the WordPress id, as the default.
	if (settings.userIdMode === 'meta') return settings.userIdMetaKey ? { mode: 'meta', metaKey: settings.userIdMetaKey } : { mode: 'id' };
	return { mode: settings.userIdMode };
}

export function orderId(settings: LoymaxSettings, order: { id: number; number: string }): string {
	return settings.orderIdMode === 'number' ? order.number : String(order.id);
}
