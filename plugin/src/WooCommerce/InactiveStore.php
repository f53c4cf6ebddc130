<?php
/**
 * The WooCommerce port when WooCommerce is not active.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\WooCommerce;

defined( 'ABSPATH' ) || exit;

/**
 * Answers "nothing" to every question, so the plugin runs (idle) without WooCommerce.
 */
final class InactiveStore implements Store {

	public function is_active(): bool {
		return false;
	}

	public function version(): string {
		return '';
	}

	public function currency(): string {
		return '';
	}

	public function session_customer_key(): string {
		return '';
	}

	public function current_product_id(): int {
		return 0;
	}

	public function current_category_id(): int {
		return 0;
	}

	public function product_category_ids( int $product_id ): array {
		return array();
	}

	public function product_sku( int $product_id ): string {
		return '';
	}

	public function product_image_url( int $product_id, string $size = 'woocommerce_thumbnail' ): string {
		return '';
	}

	public function received_order_id(): int {
		return 0;
	}

	public function order_key( int $order_id ): string {
		return '';
	}

	public function cart_lines(): array {
		return array();
	}

	public function session_copy(): string {
		return '';
	}

	public function drop_session_copy( string $key ): void {
	}

	public function billing_phone( int $user_id ): string {
		return '';
	}

	public function order( int $order_id ): ?array {
		return null;
	}

	public function placed_order_id(): int {
		return 0;
	}

	public function mark_order_once( int $order_id, string $flag ): bool {
		return false;
	}

	public function page_url( string $page ): string {
		return '';
	}
}
