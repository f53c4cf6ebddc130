<?php
/**
 * A small fake of the WooCommerce port for tests.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Support;

use CommerceBridge\WooCommerce\Store;

/**
 * Answers what the test sets in its public properties, by the port's contract (FakeStoreContractTest runs it).
 */
final class FakeStore implements Store {

	/** Page paths as the fixture store has them. */
	private const PAGES = array(
		'cart'           => '/cart/',
		'checkout'       => '/checkout/',
		'myaccount'      => '/my-account/',
		'order_received' => '/checkout/order-received/',
		'shop'           => '/shop/',
	);

	public string $session_key = '';
	public int $product_id     = 0;
	public int $category_id    = 0;
	public int $order_id       = 0;
	public int $placed_order   = 0;

	/** @var array<int, array> orders in the port's shape, by id. */
	public array $orders = array();

	/** @var array<int, string> order keys by order id. */
	public array $order_keys = array();

	/** @var array<string, true> flags set through mark_order_once, keyed "order_id:flag". */
	public array $order_flags = array();

	/** @var array<int, string> SKUs by product id. */
	public array $skus = array();

	/** @var array<int, string> thumbnail URLs by product id. */
	public array $images = array();

	/** @var array<int, string> User id => billing phone. */
	public array $phones = array();

	/** @var list<int> category ids of every product not in $categories. */
	public array $product_categories = array();

	/** @var array<int, list<int>> category ids by product id (a variation's are its parent's). */
	public array $categories = array();

	/** @var list<array> Store::cart_lines() shape. */
	public array $lines = array();


	public function is_active(): bool {
		return true;
	}

	public function version(): string {
		return '10.1.0-fake';
	}

	public function currency(): string {
		return 'EUR';
	}

	public function session_customer_key(): string {
		return $this->session_key;
	}

	public function current_product_id(): int {
		return $this->product_id;
	}

	public function current_category_id(): int {
		return $this->category_id;
	}

	public function product_category_ids( int $product_id ): array {
		return $this->categories[ $product_id ] ?? $this->product_categories;
	}

	public function product_sku( int $product_id ): string {
		return $this->skus[ $product_id ] ?? '';
	}

	public function product_image_url( int $product_id, string $size = 'woocommerce_thumbnail' ): string {
		return $this->images[ $product_id ] ?? '';
	}

	public function received_order_id(): int {
		return $this->order_id;
	}

	public function order_key( int $order_id ): string {
		return $this->order_keys[ $order_id ] ?? '';
	}

	public function cart_lines(): array {
		return $this->lines;
	}

	/** The stored fixture session stands in for the copy: nothing changed it in this request. */
	public function session_copy(): string {
		return $this->session_key;
	}

	public function drop_session_copy( string $key ): void {
	}

	public function billing_phone( int $user_id ): string {
		return $this->phones[ $user_id ] ?? '';
	}

	public function order( int $order_id ): ?array {
		return $this->orders[ $order_id ] ?? null;
	}

	public function placed_order_id(): int {
		return $this->placed_order;
	}

	public function mark_order_once( int $order_id, string $flag ): bool {
		if ( null === $this->order( $order_id ) || isset( $this->order_flags[ $order_id . ':' . $flag ] ) ) {
			return false;
		}
		$this->order_flags[ $order_id . ':' . $flag ] = true;
		return true;
	}

	public function page_url( string $page ): string {
		return isset( self::PAGES[ $page ] ) ? home_url( self::PAGES[ $page ] ) : '';
	}

	/**
	 * Tells the fake a product's SKU and categories.
	 *
	 * @param int       $product_id   Product or variation.
	 * @param string    $sku          Its own SKU.
	 * @param list<int> $category_ids Its categories (the parent's for a variation).
	 */
	public function add_product( int $product_id, string $sku, array $category_ids ): void {
		$this->skus[ $product_id ]       = $sku;
		$this->categories[ $product_id ] = $category_ids;
	}
}
