<?php
/**
 * Favourites and back-in-stock subscriptions as Loymax custom events.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * Two documented actions any theme or plugin can fire, and the known plugins that fire them for the
 * shop: YITH WooCommerce Wishlist (favourite), Back In Stock Notifier for WooCommerce and WooCommerce
 * Back In Stock Notifications (subscription). Each becomes the custom event (E9) named in the settings,
 * queued for the visitor's next page like a login. Loymax's container call (E10) is not public, so the
 * product is not part of the event.
 */
final class ShopEvents implements Registerable {

	/** `do_action( 'commerce_bridge_loymax_favourite' )`: the visitor added a product to favourites. */
	public const FAVOURITE = 'commerce_bridge_loymax_favourite';
	/** `do_action( 'commerce_bridge_loymax_back_in_stock' )`: the visitor asked to be told when a product is back. */
	public const BACK_IN_STOCK = 'commerce_bridge_loymax_back_in_stock';

	/**
	 * Constructor.
	 *
	 * @param ServerEvents $server   Queues the custom event.
	 * @param array        $settings Loymax settings (favouriteEvent, backInStockEvent).
	 */
	public function __construct( private ServerEvents $server, private array $settings ) {
	}

	public function register(): void {
		add_action( self::FAVOURITE, array( $this, 'favourite' ), 10, 0 );
		add_action( self::BACK_IN_STOCK, array( $this, 'back_in_stock' ), 10, 0 );
		// Known plugins, each at the moment its own record exists (not on a repeated request).
		add_action( 'yith_wcwl_added_to_wishlist', array( $this, 'fire_favourite' ), 20, 0 );
		add_action( 'cwginstock_after_insert_subscriber', array( $this, 'fire_back_in_stock' ), 20, 0 );
		add_action( 'woocommerce_bis_create_notification', array( $this, 'fire_back_in_stock' ), 20, 0 );
	}

	public function favourite(): void {
		$this->server->custom( (string) $this->settings['favouriteEvent'] );
	}

	public function back_in_stock(): void {
		$this->server->custom( (string) $this->settings['backInStockEvent'] );
	}

	public function fire_favourite(): void {
		if ( self::by_visitor() ) {
			do_action( self::FAVOURITE );
		}
	}

	public function fire_back_in_stock(): void {
		if ( self::by_visitor() ) {
			do_action( self::BACK_IN_STOCK );
		}
	}

	/** Staff adding a subscription or wishlist item in wp-admin is not the visitor's own action. */
	private static function by_visitor(): bool {
		return ! is_admin() || wp_doing_ajax();
	}
}
