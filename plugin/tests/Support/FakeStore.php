<?php
/**
 * A small fake of the WooCommerce port for tests.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Support;

use CommerceBridge\WooCommerce\InactiveStore;
use CommerceBridge\WooCommerce\Store;

/**
 * Answers what the test sets in its public properties; everything else like InactiveStore.
 */
final class FakeStore implements Store {

	public string $session_key = '';
	public int $product_id     = 0;
	public int $category_id    = 0;
	public int $order_id       = 0;

	/** @var array<int, array> orders in the port's shape, by id. */
	public array $orders = array();

	/** @var array<string, true> flags set through mark_order_once, keyed "order_id:flag". */
	public array $order_flags = array();

	/** @var array<int, string> SKUs by product id. */
	public array $skus = array();

	/** @var array<int, array> customer profiles in the port's shape, by user id. */
	public array $customers = array();

	/** @var list<int> category ids every product is in. */
	public array $product_categories = array();

	/** @var array|null the cart in the port's shape; null answers like InactiveStore. */
	public ?array $cart = null;

	private InactiveStore $nothing;

	public function __construct() {
		$this->nothing = new InactiveStore();
	}

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
		return $this->product_categories;
	}

	public function product_sku( int $product_id ): string {
		return $this->skus[ $product_id ] ?? '';
	}

	public function product_image_url( int $product_id, string $size = 'woocommerce_thumbnail' ): string {
		return $this->nothing->product_image_url( $product_id, $size );
	}

	public function received_order_id(): int {
		return $this->order_id;
	}

	public function cart(): array {
		return $this->cart ?? $this->nothing->cart();
	}

	public function customer( int $user_id ): ?array {
		return $this->customers[ $user_id ] ?? null;
	}

	public function order( int $order_id ): ?array {
		return $this->orders[ $order_id ] ?? null;
	}

	public function mark_order_once( int $order_id, string $flag ): bool {
		if ( null === $this->order( $order_id ) || isset( $this->order_flags[ $order_id . ':' . $flag ] ) ) {
			return false;
		}
		$this->order_flags[ $order_id . ':' . $flag ] = true;
		return true;
	}

	public function page_url( string $page ): string {
		return '';
	}
}
