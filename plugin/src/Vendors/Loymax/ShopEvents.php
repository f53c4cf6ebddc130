<?php
/**
 * Favourites and back-in-stock subscriptions as Loymax custom events.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Events\ServerEvent;
use CommerceBridge\Events\Subscriber;
use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * Two documented actions any theme or plugin can fire, fired too for the commerce events of the known
 * plugins (Events\Emitter): a wishlist add (YITH WooCommerce Wishlist) is a favourite, a back-in-stock
 * subscription (Back In Stock Notifier for WooCommerce, WooCommerce Back In Stock Notifications) a
 * subscription; never what staff do in wp-admin. Each becomes the custom event (E9) named in the settings,
 * queued for the visitor's next page like a login. Loymax's container call (E10) is not public, so the
 * product is not part of the event.
 */
final class ShopEvents implements Registerable, Subscriber {

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
	}

	public function handlers(): array {
		return array(
			ServerEvent::WISHLIST_CHANGED => function ( ServerEvent $event ): void {
				if ( 'added' === $event->data['reason'] && $event->data['byVisitor'] ) {
					do_action( self::FAVOURITE );
				}
			},
			ServerEvent::STOCK_ALERT      => function ( ServerEvent $event ): void {
				if ( $event->data['byVisitor'] ) {
					do_action( self::BACK_IN_STOCK );
				}
			},
		);
	}

	public function favourite(): void {
		$this->server->custom( (string) $this->settings['favouriteEvent'] );
	}

	public function back_in_stock(): void {
		$this->server->custom( (string) $this->settings['backInStockEvent'] );
	}
}
