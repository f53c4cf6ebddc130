<?php
/**
 * The logged-in customer's name and e-mail for the agent, fetched after the page loaded.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Frontend\ShopperRoute;

defined( 'ABSPATH' ) || exit;

/**
 * `GET commerce-bridge/v1/shopper/bambuser-customer` answers the embed's `data` option (fact sheet §9).
 * Identity never goes into the page HTML, so a page cache cannot hand one customer's e-mail to
 * another; the route authenticates as every shopper route (see ShopperRoute).
 */
final class Shopper extends ShopperRoute {

	/**
	 * Constructor.
	 *
	 * @param BambuserModule $module Settings (enabled, shareShopper).
	 * @param ShopperFacts   $facts  The customer's profile.
	 */
	public function __construct( private BambuserModule $module, private ShopperFacts $facts ) {
	}

	public function what(): string {
		return 'bambuser-customer';
	}

	protected function available(): bool {
		return $this->module->is_enabled();
	}

	/**
	 * The customer data as a JSON object (`{}` when there is none to share).
	 *
	 * @param int   $user_id  WordPress user id, 0 for guests.
	 * @param bool  $own_page Unused: the cart is not shared.
	 * @param array $query    None taken.
	 */
	public function payload( int $user_id, bool $own_page, array $query ): object {
		return (object) $this->data( $user_id );
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
		$customer = $this->facts->of( $user_id, false )['customer'];
		if ( ! $customer ) {
			return array();
		}
		return array_filter(
			array(
				'externalId' => (string) $customer['id'],
				'firstName'  => (string) $customer['firstName'],
				'lastName'   => (string) $customer['lastName'],
				'email'      => (string) $customer['email'],
			),
			static fn ( string $value ) => '' !== $value
		);
	}
}
