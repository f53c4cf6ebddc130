<?php
/**
 * The logged-in customer's name and e-mail for the agent, fetched after the page loaded.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * `GET admin-ajax.php?action=commerce_bridge_bambuser_shopper` answers the embed's `data` option
 * (fact sheet §9). Identity never goes into the page HTML, so a page cache cannot hand one customer's
 * e-mail to another; admin-ajax (not REST) because cookie-authenticated REST needs a nonce that a
 * cached page cannot carry. admin-ajax sends no-cache headers itself.
 */
final class Shopper implements Registerable {

	public const ACTION = 'commerce_bridge_bambuser_shopper';

	/**
	 * Constructor.
	 *
	 * @param BambuserModule $module Settings (enabled, shareShopper).
	 * @param Store          $store  WooCommerce port (customer profile).
	 */
	public function __construct( private BambuserModule $module, private Store $store ) {
	}

	public static function url(): string {
		return add_query_arg( 'action', self::ACTION, admin_url( 'admin-ajax.php' ) );
	}

	public function register(): void {
		add_action( 'wp_ajax_' . self::ACTION, array( $this, 'respond' ) );
		add_action( 'wp_ajax_nopriv_' . self::ACTION, array( $this, 'respond' ) );
	}

	public function respond(): void {
		wp_send_json( (object) $this->data( get_current_user_id() ) );
	}

	/**
	 * Bambuser's customer data keys for a customer; empty for guests or when sharing is off.
	 *
	 * @param int $user_id Current user id, 0 for guests.
	 * @return array<string, string>
	 */
	public function data( int $user_id ): array {
		$values = $this->module->values();
		if ( ! $user_id || ! $values['enabled'] || ! $values['shareShopper'] ) {
			return array();
		}
		$customer = $this->store->customer( $user_id );
		if ( ! $customer ) {
			return array();
		}
		return array_filter(
			array(
				'externalId' => (string) $customer['id'],
				'firstName'  => (string) $customer['first_name'],
				'lastName'   => (string) $customer['last_name'],
				'email'      => (string) $customer['email'],
			),
			static fn ( string $value ) => '' !== $value
		);
	}
}
