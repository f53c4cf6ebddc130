<?php
/**
 * A test's own commerce-event emitter, alone on the signals.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Support;

use CommerceBridge\Events\Emitter;
use CommerceBridge\WooCommerce\Store;

/**
 * The plugin's own Emitter answers the same WordPress and WooCommerce hooks: a test that fires them takes
 * them over for its own emitter and puts them back afterwards.
 */
trait OwnEmitter {

	/** Every hook Emitter::register() adds (EmitterTest checks the list). */
	private static array $signals = array( 'woocommerce_add_to_cart', 'woocommerce_after_cart_item_quantity_update', 'woocommerce_remove_cart_item', 'woocommerce_cart_item_removed', 'wp_login', 'user_register', 'woocommerce_created_customer', 'wp_logout', Emitter::WISHLIST_CHANGED_ACTION, 'yith_wcwl_added_to_wishlist', 'yith_wcwl_removed_from_wishlist', 'cwginstock_after_insert_subscriber', 'woocommerce_bis_create_notification', 'woocommerce_checkout_order_created', 'woocommerce_new_order', 'woocommerce_order_status_changed', 'profile_update', 'deleted_user' );

	/** @var array<string, \WP_Hook|null> */
	private array $saved_signals = array();

	/**
	 * Empties the signal hooks (once per test) and registers an emitter for these subscriptions.
	 *
	 * @param Store $store WooCommerce port.
	 * @param array $pairs list<array{0: VendorModule, 1: Subscriber}>.
	 */
	protected function own_emitter( Store $store, array $pairs ): Emitter {
		foreach ( self::$signals as $hook ) {
			if ( ! array_key_exists( $hook, $this->saved_signals ) ) {
				// A copy: remove_all_actions() below empties the WP_Hook object itself.
				$this->saved_signals[ $hook ] = isset( $GLOBALS['wp_filter'][ $hook ] ) ? clone $GLOBALS['wp_filter'][ $hook ] : null;
			}
			remove_all_actions( $hook );
		}
		$emitter = new Emitter( $store, static fn () => $pairs );
		$emitter->register();
		return $emitter;
	}

	/** Puts the hooks back as they were. */
	protected function restore_signals(): void {
		foreach ( $this->saved_signals as $hook => $saved ) {
			remove_all_actions( $hook );
			if ( $saved ) {
				$GLOBALS['wp_filter'][ $hook ] = $saved; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- restoring what the test took over.
			}
		}
		$this->saved_signals = array();
	}
}
