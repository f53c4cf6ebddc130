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
 * Shapes:
 * - cart line: array{key: string, product_id: int, variation_id: int, quantity: int, category_ids: list<int>}
 * - order: array{id: int, number: string, status: string, currency: string, total: float,
 *   customer_id: int, email: string, created: int (Unix seconds),
 *   billing: array{first_name: string, last_name: string, phone: string, country: string}}
 *
 * Facts derived from stored data by rules of our own (a customer's display name and paid-order statistics,
 * the prices a cart shows, the unit price paid) have one owner, the sidecar: see Frontend\ShopperFacts.
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

	/** An order's key (WooCommerce's proof on the order-received page), '' for an unknown order. */
	public function order_key( int $order_id ): string;

	/**
	 * The lines of the current visitor's cart (see shapes above). Empty when loading it would make WooCommerce
	 * destroy a session, e.g. a customer's session cookie on a REST request without nonce: WordPress sees
	 * nobody logged in there.
	 */
	public function cart_lines(): array;

	/**
	 * A key under which a reader of WooCommerce's session table (the sidecar) finds this request's cart and
	 * totals as the cart shows them now; '' when the visitor has no session. The visitor's own session is
	 * never written (see ReadOnlySession): the key names a short-lived copy, deleted by drop_session_copy().
	 */
	public function session_copy(): string;

	/**
	 * Deletes the copy session_copy() made.
	 *
	 * @param string $key Key session_copy() returned.
	 */
	public function drop_session_copy( string $key ): void;

	/** A registered customer's billing phone, '' when unknown. */
	public function billing_phone( int $user_id ): string;

	/** One order (see shapes above), null when unknown. */
	public function order( int $order_id ): ?array;

	/**
	 * The order this visitor's WooCommerce session placed last (recorded at checkout by PlacedOrder), 0 when
	 * none: how a guest who just checked out is known on the next pages of that session, and only there.
	 */
	public function placed_order_id(): int;

	/**
	 * Sets a once-only flag in an order's meta; true only for the call that set it (false for an
	 * unknown order), e.g. for a confirmation that must reach a vendor once per order.
	 */
	public function mark_order_once( int $order_id, string $flag ): bool;

	/** Store page URLs: 'cart', 'checkout', 'myaccount', 'order_received' (prefix of order-received URLs), 'shop'. */
	public function page_url( string $page ): string;
}
