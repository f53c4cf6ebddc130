<?php
/**
 * The shopper's profile, paid-order statistics and cart, from their one owner: the sidecar.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Frontend;

use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Asks the sidecar's `core/shopper` route, signed as the proxy signs a shopper's request (the session named
 * is the port's copy of this request's session: a read never writes the shopper's own, see ReadOnlySession),
 * so the customer's name, paid-order statistics and cart prices shown by the Belco widget or given to Bambuser
 * are the ones the Belco frame and the oct8ne adapter show (sidecar/src/core-routes/shopper.ts; computed
 * nowhere else).
 *
 * Shapes (sidecar/src/core-routes/schemas.ts):
 * - customer: array{id: int, email: string, firstName: string, lastName: string, phone: string,
 *   country: string, registeredAt: string (ISO 8601), orderCount: int, totalSpent: float,
 *   lastOrderAt: string|null}; names are the billing names, else the account's; order figures count
 *   paid orders of the account or with its e-mail, net of refunds
 * - cart: array{currency: string, subtotal: float, total: float, itemCount: int|float, lines: list<array{
 *   productId: int, variationId: int, name: string, quantity: int|float, unitPrice: float,
 *   subtotal: float, url: string}>}; prices as this shopper's cart shows them
 */
final class ShopperFacts {

	private const ROUTE = '/commerce-bridge/core/shopper';

	private SignedSidecar $sidecar;

	/**
	 * Constructor.
	 *
	 * @param Store         $store  WooCommerce port (the visitor's session).
	 * @param SidecarClient $client The sidecar.
	 * @param string|null   $secret Shared secret that signs the identity; null: the site's, read when asking.
	 */
	public function __construct( private Store $store, SidecarClient $client, ?string $secret = null ) {
		$this->sidecar = new SignedSidecar( $client, $secret );
	}

	/**
	 * On the configured sidecar.
	 *
	 * @param Store $store WooCommerce port.
	 */
	public static function for_site( Store $store ): self {
		return new self( $store, SidecarClient::for_site() );
	}

	/**
	 * The facts about one shopper.
	 *
	 * @param int  $user_id      Logged-in customer, 0 for a guest.
	 * @param bool $with_session With the visitor's cart (false: an empty cart).
	 * @return array{customer: array|null, cart: array}
	 * @throws SidecarUnavailable When the sidecar gave no usable answer.
	 */
	public function of( int $user_id, bool $with_session ): array {
		$session = $with_session ? $this->store->session_copy() : '';
		try {
			$answer = $this->sidecar->get( self::ROUTE, $user_id, $session );
		} finally {
			$this->store->drop_session_copy( $session );
		}
		$facts = 200 === $answer->status ? json_decode( $answer->body, true ) : null;
		if ( ! is_array( $facts ) || ! is_array( $facts['cart'] ?? null ) || ! array_key_exists( 'customer', $facts ) ) {
			throw new SidecarUnavailable( 0 === $answer->status ? $answer->error : 'HTTP ' . $answer->status );
		}
		return $facts;
	}
}
