<?php
/**
 * The identity, hash and cart Belco's widget is initialised with.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

defined( 'ABSPATH' ) || exit;

/**
 * Maps the shopper's customer and cart (Frontend\ShopperFacts shapes) to Belco's supported fields (fact sheet §2, §4) and signs
 * the identity with the shop secret (§3). Pure: everything it needs is passed in.
 */
final class WidgetConfig {

	/** Fields this class sets; custom data may not overwrite them (nor shopId, printed by the page). */
	public const RESERVED = array( 'shopId', 'hash', 'cart', 'id', 'email', 'firstName', 'lastName', 'name', 'phoneNumber', 'signedUp', 'country', 'orderCount', 'totalSpent', 'lastOrder', 'avatar' );

	/**
	 * Constructor.
	 *
	 * @param string $secret        Shop secret; '' means no secure mode (no hash).
	 * @param string $hash_identity Which field the hash covers: 'id' or 'email'.
	 * @param bool   $avatars       Whether the site shows avatars (option show_avatars).
	 */
	public function __construct( private string $secret, private string $hash_identity, private bool $avatars ) {
	}

	/**
	 * The config sent to Belco.init() besides shopId.
	 *
	 * @param array|null $customer ShopperFacts customer plus its `avatar` URL, guest() of an order placed in this
	 *                             session, or null for a guest.
	 * @param array      $cart     ShopperFacts cart.
	 * @param array      $custom   Custom data already reduced to Belco's types.
	 */
	public function build( ?array $customer, array $cart, array $custom = array() ): array {
		$config = array();
		if ( $customer ) {
			$config = $this->signed( $this->identity( $customer ) ) + array_diff_key( $custom, array_flip( self::RESERVED ) );
		}
		$config['cart'] = self::cart( $cart );
		return $config;
	}

	/**
	 * The identity with its hash in secure mode.
	 *
	 * @param array $identity Output of identity().
	 */
	private function signed( array $identity ): array {
		$hash = $this->hash( $identity );
		return null === $hash ? $identity : $identity + array( 'hash' => $hash );
	}

	/**
	 * HMAC-SHA256 (hex) of the configured identity with the shop secret; null without a secret. A guest has no
	 * id, so Belco identifies them by e-mail, and the hash covers the e-mail whatever the setting (fact sheet §3).
	 *
	 * @param array $identity Output of identity().
	 */
	public function hash( array $identity ): ?string {
		if ( '' === $this->secret ) {
			return null;
		}
		$by_email = 'email' === $this->hash_identity || ! isset( $identity['id'] );
		return hash_hmac( 'sha256', (string) ( $by_email ? $identity['email'] : $identity['id'] ), $this->secret );
	}

	/**
	 * Every supported field the store knows; empty ones are left out rather than sent blank. A guest who placed
	 * an order in this session is identified by its billing details (fact sheet §2.2): no id, no order figures.
	 *
	 * @param array $customer ShopperFacts customer plus its `avatar` URL, or guest() of an order.
	 */
	public function identity( array $customer ): array {
		$first    = (string) $customer['firstName'];
		$last     = (string) $customer['lastName'];
		$optional = array(
			'firstName'   => $first,
			'lastName'    => $last,
			'name'        => trim( $first . ' ' . $last ),
			'phoneNumber' => (string) $customer['phone'],
			'signedUp'    => self::unix( $customer['registeredAt'] ?? null ) ?? '',
			'country'     => strtoupper( (string) $customer['country'] ),
			'avatar'      => $this->avatars ? (string) ( $customer['avatar'] ?? '' ) : '',
		);
		$identity = ( isset( $customer['id'] ) ? array( 'id' => (int) $customer['id'] ) : array() )
			+ array( 'email' => (string) $customer['email'] ) + array_filter( $optional, static fn ( $value ) => '' !== $value );
		return isset( $customer['orderCount'] ) ? $identity + self::order_figures( $customer ) : $identity;
	}

	/**
	 * A guest who placed $order in this session, in the customer shape identity() maps.
	 *
	 * @param array $order Store port order.
	 * @return array{email: string, firstName: string, lastName: string, phone: string, country: string}
	 */
	public static function guest( array $order ): array {
		$billing = $order['billing'];
		return array(
			'email'     => (string) $order['email'],
			'firstName' => (string) $billing['first_name'],
			'lastName'  => (string) $billing['last_name'],
			'phone'     => (string) $billing['phone'],
			'country'   => (string) $billing['country'],
		);
	}

	/**
	 * orderCount, totalSpent and (when there is one) lastOrder.
	 *
	 * @param array $customer ShopperFacts customer.
	 */
	private static function order_figures( array $customer ): array {
		$figures    = array(
			'orderCount' => (int) $customer['orderCount'],
			'totalSpent' => (float) $customer['totalSpent'],
		);
		$last_order = self::unix( $customer['lastOrderAt'] );
		return null === $last_order ? $figures : $figures + array( 'lastOrder' => $last_order );
	}

	/**
	 * Unix seconds of an ISO 8601 date (Belco's date fields), null when there is none.
	 *
	 * @param mixed $iso Date from the sidecar.
	 */
	private static function unix( $iso ): ?int {
		$time = is_string( $iso ) && '' !== $iso ? strtotime( $iso ) : false;
		return false === $time ? null : $time;
	}

	/**
	 * Belco's cart object. `price` is the unit price as the customer's cart shows it (quantity is separate);
	 * the port's amounts are already rounded to the currency's decimals, so the JSON numbers are exact.
	 *
	 * @param array $cart ShopperFacts cart.
	 */
	public static function cart( array $cart ): array {
		$items = array();
		foreach ( $cart['lines'] as $line ) {
			$items[] = array(
				'id'       => (int) $line['productId'],
				'name'     => (string) $line['name'],
				'price'    => (float) $line['unitPrice'],
				'url'      => (string) $line['url'],
				'quantity' => (int) $line['quantity'],
			);
		}
		return array(
			'currency' => (string) $cart['currency'],
			'subtotal' => (float) $cart['subtotal'],
			'total'    => (float) $cart['total'],
			'items'    => $items,
		);
	}
}
