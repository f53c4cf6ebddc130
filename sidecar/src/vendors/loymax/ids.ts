import type { LoymaxSettings } from '../settings';
import type { FeedCategory } from '../../woocommerce/feeds/catalog-feed-repository';
import type { UserKeyMode } from '../../woocommerce/feeds/customer-feed-repository';
import type { Product, Variation } from '../../woocommerce/catalog/product-types';
import { resolveId } from './id-rules';

/**
 * The ids Loymax sees, per the id settings the tracker uses too: every feed maps WooCommerce ids through
 * these functions only, each resolved by the manifest's id rules (id-rules.ts), which the plugin's
 * Ids.php follows as well.
 */

export function categoryId(settings: LoymaxSettings, category: Pick<FeedCategory, 'id' | 'slug'>): string {
	return resolveId('category', settings, { termId: () => String(category.id), slug: () => category.slug });
}

/** SKU mode keys a product by its SKU, falling back to its id when it has none. */
export function productId(settings: LoymaxSettings, product: Pick<Product, 'id' | 'sku'>, variation: Variation | null = null): string {
	return resolveId('product', settings, {
		productId: () => String(product.id),
		variationId: () => (variation ? String(variation.id) : ''),
		parentSku: () => product.sku,
	});
}

/** An order line's product id; `skus` holds the products' SKUs for SKU mode. */
export function lineProductId(settings: LoymaxSettings, line: { productId: number; variationId: number }, skus: Map<number, string>): string {
	return resolveId('product', settings, {
		productId: () => String(line.productId),
		variationId: () => (line.variationId > 0 ? String(line.variationId) : ''),
		parentSku: () => skus.get(line.productId) ?? '',
	});
}

export function userKeyMode(settings: LoymaxSettings): UserKeyMode {
	// A meta mode without a key cannot match anyone: fall back to the WordPress id, as the default.
	if (settings.userIdMode === 'meta') return settings.userIdMetaKey ? { mode: 'meta', metaKey: settings.userIdMetaKey } : { mode: 'id' };
	return { mode: settings.userIdMode };
}

export function orderId(settings: LoymaxSettings, order: { id: number; number: string }): string {
	return resolveId('order', settings, { orderId: () => String(order.id), orderNumber: () => order.number });
}
