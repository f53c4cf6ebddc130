import type { APIRequestContext } from '@playwright/test';

/** A page or a browser context: both carry the session's cookies in `request`. */
type Session = { request: APIRequestContext };

/*
 * Cart set-up and read-back through WooCommerce's own endpoints, on the page's cookies: for tests where
 * the cart UI is not what is tested. Fixture products used by the specs are plain, in-stock items.
 */

/** A simple, in-stock product (Beanie, on sale 20 → 18; SKU woo-beanie, category Accessories). */
export const BEANIE = 14;
/** Another simple, in-stock accessory (Cap, SKU woo-cap). */
export const CAP = 16;

export interface CartLine {
	id: number;
	quantity: number;
	key: string;
}

/** Adds through the classic AJAX endpoint (what themes and vendor widgets call); no page events fire. */
export async function addToCart(page: Session, productId: number, quantity = 1): Promise<void> {
	const response = await page.request.post('/?wc-ajax=add_to_cart', { form: { product_id: String(productId), quantity: String(quantity) } });
	const body = (await response.json().catch(() => null)) as { error?: boolean } | null;
	if (!response.ok() || !body || body.error) throw new Error(`Adding product ${productId} failed: ${response.status()}`);
}

/** The cart as WooCommerce's Store API answers it for this page's session. */
export async function cartLines(page: Session): Promise<CartLine[]> {
	const response = await page.request.get('/wp-json/wc/store/v1/cart');
	if (!response.ok()) throw new Error(`GET /wc/store/v1/cart answered ${response.status()}`);
	const { items } = (await response.json()) as { items: CartLine[] };
	return items.map(({ id, quantity, key }) => ({ id, quantity, key }));
}

/** Lines as `id×quantity`, sorted: easy to compare and to read in a failure. */
export async function cartSummary(page: Session): Promise<string[]> {
	return (await cartLines(page)).map((line) => `${line.id}×${line.quantity}`).sort();
}
