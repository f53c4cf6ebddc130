import type { Admin } from './wordpress';

/*
 * The classic (shortcode) cart experience next to the store's own block pages. A fixture store (and most
 * block-theme stores) has only block Cart/Checkout pages, so the global set-up makes sure these pages
 * exist. WooCommerce treats any page holding its cart or checkout shortcode as a cart or checkout page
 * (is_cart(), is_checkout()), and the classic checkout posts to ?wc-ajax=checkout from wherever it is, so
 * no store setting has to change.
 */

/** Slug → the page content: a classic product loop, cart and checkout. */
export const CLASSIC_PAGES = {
	'e2e-classic-shop': '<!-- wp:shortcode -->[products ids="14,16" columns="2"]<!-- /wp:shortcode -->',
	'e2e-classic-cart': '<!-- wp:shortcode -->[woocommerce_cart]<!-- /wp:shortcode -->',
	'e2e-classic-checkout': '<!-- wp:shortcode -->[woocommerce_checkout]<!-- /wp:shortcode -->',
} as const;

export const CLASSIC_SHOP = '/e2e-classic-shop/';
export const CLASSIC_CART = '/e2e-classic-cart/';
export const CLASSIC_CHECKOUT = '/e2e-classic-checkout/';

interface PageRow {
	id: number;
	status: string;
	content: { raw?: string };
}

/** Publishes `content` at `slug`: creates the page, or republishes and rewrites one that drifted. */
async function ensurePage(admin: Admin, slug: string, content: string): Promise<void> {
	const [found] = await admin.rest<PageRow[]>(`/wp/v2/pages?slug=${slug}&status=publish,draft,private,pending,trash&context=edit`);
	if (found && found.status === 'publish' && found.content.raw === content) return;
	const data = { slug, title: slug, content, status: 'publish' };
	await admin.rest(found ? `/wp/v2/pages/${found.id}` : '/wp/v2/pages', { method: 'POST', data });
}

/** Idempotent: a second run (or a real store that has them) changes nothing. */
export async function ensureClassicPages(admin: Admin): Promise<void> {
	for (const [slug, content] of Object.entries(CLASSIC_PAGES)) await ensurePage(admin, slug, content);
}
