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
	 * @param array|null $customer ShopperFacts customer plus its `avatar` URL, null for a guest.
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
	 * The config of a guest who placed $order in this session: identified by the order's billing details,
	 * as the official plugin does after checkout (fact sheet §2.2).
	 *
	 * @param array $order Store port order.
	 * @param array $cart  ShopperFacts cart.
	 */
	public function build_for_guest( array $order, array $cart ): array {
		$billing  = $order['billing'];
		$first    = (string) $billing['first_name'];
		$last     = (string) $billing['last_name'];
		$optional = array(
			'firstName'   => $first,
			'lastName'    => $last,
			'name'        => trim( $first . ' ' . $last ),
			'phoneNumber' => (string) $billing['phone'],
			'country'     => strtoupper( (string) $billing['country'] ),
		);
		$identity = array( 'email' => (string) $order['email'] ) + array_filter( $optional, static fn ( $value ) => '' !== $value );
		return $this->signed( $identity ) + array( 'cart' => self::cart( $cart ) );
	}

	/**
	 * The identity with its hash in secure mode.
	 *
	 * @param array $identity Output of identity() or a guest's identity.
	 */
	private function signed( array $identity ): array {
		$hash = $this->hash( $identity );
		return null === $hash ? $identity : $identity + array( 'hash' => $hash );
	}

	/**
	 * HMAC-SHA256 (hex) of the configured identity with the shop secret; null without a secret. A guest has no
	 * id, so Belco identifies them by e-mail, and the hash covers the e-mail whatever the setting (fact sheet §3).
	 *
	 * @param array $identity Output of identity() or a guest's identity.
	 */
	public function hash( array $identity ): ?string {
		if ( '' === $this->secret ) {
			return null;
		}
		$by_email = 'email' === $this->hash_identity || ! isset( $identity['id'] );
		return hash_hmac( 'sha256', (string) ( $by_email ? $identity['email'] : $identity['id'] ), $this->secret );
	}

	/**
	 * Every supported field the store knows; empty ones are left out rather than sent blank.
	 *
	 * @param array $customer ShopperFacts customer plus its `avatar` URL.
	 */
	public function identity( array $customer ): array {
		$first    = (string) $customer['firstName'];
		$last     = (string) $customer['lastName'];
		$optional = array(
			'firstName'   => $first,
			'lastName'    => $last,
			'name'        => trim( $first . ' ' . $last ),
			'phoneNumber' => (string) $customer['phone'],
			'signedUp'    => self::unix( $customer['registeredAt'] ) ?? '',
			'country'     => strtoupper( (string) $customer['country'] ),
			'avatar'      => $this->avatars ? (string) ( $customer['avatar'] ?? '' ) : '',
		);
		$identity = array(
			'id'    => (int) $customer['id'],
			'email' => (string) $customer['email'],
		) + array_filter( $optional, static fn ( $value ) => '' !== $value );
		$identity['orderCount'] = (int) $customer['orderCount'];
		$identity['totalSpent'] = (float) $customer['totalSpent'];
		$last_order             = self::unix( $customer['lastOrderAt'] );
		if ( null !== $last_order ) {
			$identity['lastOrder'] = $last_order;
		}
		return $identity;
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
