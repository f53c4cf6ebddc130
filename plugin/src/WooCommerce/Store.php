<?php
/**
 * The one port through which the plugin reads WooCommerce.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Everything the plugin needs from WooCommerce, as plain arrays.
 *
 * WooCommerceStore implements it with WooCommerce's own API, InactiveStore answers "nothing" when
 * WooCommerce is not active, and tests swap the implementation through the `commerce_bridge_store` filter
 * (tests/WooCommerce/StoreContract.php holds both the real port and the tests' fake to this contract).
 *
 * Shapes (every amount is rounded to the currency's decimals, so it serialises without float noise):
 * - cart: array{currency: string, subtotal: float (the cart's Subtotal row), total: float, items: list<CartItem>}
 *   CartItem: array{key: string, product_id: int, variation_id: int, sku: string, name: string,
 *   price: float (unit price as the cart shows it to this customer: line subtotal before coupons, in the
 *   cart's tax display, over the quantity), quantity: int, url: string, category_ids: list<int>}
 * - customer: array{id: int, email: string, first_name: string, last_name: string, phone: string,
 *   country: string, registered: int (Unix seconds), order_count: int, total_spent: float,
 *   last_order: int|null (Unix seconds), avatar: string}; names are the billing names, else the account's;
 *   the order figures count paid orders of the account or with its e-mail, net of refunds
 * - order: array{id: int, number: string, status: string, currency: string, total: float,
 *   customer_id: int, email: string, created: int (Unix seconds), items: list<array{product_id: int,
 *   variation_id: int, sku: string, name: string, quantity: int, price: float (unit price paid, tax and
 *   coupons included), category_ids: list<int>}>}
 */
interface Store {

	/** True when real WooCommerce (or a stand-in) is there to answer. */
	public function is_active(): bool;

	/** WooCommerce version, '' when inactive. */
	public function version(): string;

	/** ISO 4217 shop currency. */
	public function currency(): string;

	/**
	 * WooCommerce session customer key (user id or t_… guest key); '' when the visitor has no session.
	 * Where WooCommerce has not started the session (REST), the key it would have, without starting it.
	 */
	public function session_customer_key(): string;

	/** Product id of the current single-product page, 0 elsewhere. */
	public function current_product_id(): int;

	/** Term id of the current product category archive, 0 elsewhere. */
	public function current_category_id(): int;

	/** Category term ids of a product (the parent's for a variation). */
	public function product_category_ids( int $product_id ): array;

	/** SKU of a product (exactly that id, no parent fallback), '' when it has none. */
	public function product_sku( int $product_id ): string;

	/** Absolute URL of a product's featured image at a registered size ('' when none). */
	public function product_image_url( int $product_id, string $size = 'woocommerce_thumbnail' ): string;

	/** Order id shown on the current order-received page, 0 elsewhere. */
	public function received_order_id(): int;

	/**
	 * The current visitor's cart (see shapes above), totals as the cart shows them now. Empty (in the shop
	 * currency) when loading it would make WooCommerce destroy a session, e.g. a customer's session cookie
	 * on a REST request without nonce: WordPress sees nobody logged in there.
	 */
	public function cart(): array;

	/** A registered customer's profile and paid-order statistics, null when unknown. */
	public function customer( int $user_id ): ?array;

	/** One order (see shapes above), null when unknown. */
	public function order( int $order_id ): ?array;

	/**
	 * Sets a once-only flag in an order's meta; true only for the call that set it (false for an
	 * unknown order), e.g. for a confirmation that must reach a vendor once per order.
	 */
	public function mark_order_once( int $order_id, string $flag ): bool;

	/** Store page URLs: 'cart', 'checkout', 'myaccount', 'order_received' (prefix of order-received URLs), 'shop'. */
	public function page_url( string $page ): string;
}
