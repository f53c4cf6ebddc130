<?php
/**
 * GET commerce-bridge/v1/belco/widget: the visitor's Belco config, never cached.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

use CommerceBridge\Capability;
use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Frontend\ShopperRoute;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * The page only carries shopId, so a full-page cache can share it; identity, hash, custom data and
 * cart come from here after load, computed for the caller (authenticated as every shopper route).
 */
final class WidgetEndpoint extends ShopperRoute {

	public const ROUTE = '/belco/widget';

	/**
	 * Constructor.
	 *
	 * @param BelcoModule  $module Belco settings.
	 * @param Store        $store  WooCommerce port.
	 * @param ShopperFacts $facts  The shopper's profile and cart.
	 */
	public function __construct( private BelcoModule $module, private Store $store, private ShopperFacts $facts ) {
	}

	public function route(): string {
		return self::ROUTE;
	}

	protected function available(): bool {
		return $this->module->is_enabled();
	}

	/**
	 * `{show: false}` for shop staff, else `{show: true, config}`.
	 *
	 * @param int  $user_id  WordPress user id (0: guest).
	 * @param bool $own_page Whether the visitor's own page asked (else no cart).
	 */
	public function payload( int $user_id, bool $own_page ): array {
		if ( $user_id && user_can( $user_id, Capability::required( $this->store ) ) ) {
			// As the official plugin: shop staff do not get the widget (they answer it in Belco).
			return array( 'show' => false );
		}
		$values   = $this->module->values();
		$avatars  = (bool) get_option( 'show_avatars' );
		$config   = new WidgetConfig( (string) $values['shopSecret'], (string) $values['hashIdentity'], $avatars );
		$facts    = $this->facts->of( $user_id, $own_page );
		$customer = $facts['customer'] ? $facts['customer'] + array( 'avatar' => $avatars ? (string) get_avatar_url( $user_id ) : '' ) : null;
		return array(
			'show'   => true,
			'config' => (object) $config->build( $customer, $facts['cart'], $customer ? CustomData::for_user( $user_id ) : array() ),
		);
	}
}
