<?php
/**
 * The identity, hash and cart Belco's widget is initialised with.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

defined( 'ABSPATH' ) || exit;

/**
 * Maps the Store port's customer and cart to Belco's supported fields (fact sheet §2, §4) and signs
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
	 * @param array|null $customer Store::customer() shape, null for a guest.
	 * @param array      $cart     Store::cart() shape.
	 * @param array      $custom   Custom data already reduced to Belco's types.
	 */
	public function build( ?array $customer, array $cart, array $custom = array() ): array {
		$config = array();
		if ( $customer ) {
			$identity = $this->identity( $customer );
			$config   = $identity + array_diff_key( $custom, array_flip( self::RESERVED ) );
			$hash     = $this->hash( $identity );
			if ( null !== $hash ) {
				$config['hash'] = $hash;
			}
		}
		$config['cart'] = self::cart( $cart );
		return $config;
	}

	/**
	 * HMAC-SHA256 (hex) of the configured identity with the shop secret; null without a secret.
	 *
	 * @param array $identity Output of identity().
	 */
	public function hash( array $identity ): ?string {
		if ( '' === $this->secret ) {
			return null;
		}
		$subject = 'email' === $this->hash_identity ? (string) $identity['email'] : (string) $identity['id'];
		return hash_hmac( 'sha256', $subject, $this->secret );
	}

	/**
	 * Every supported field the store knows; empty ones are left out rather than sent blank.
	 *
	 * @param array $customer Store::customer() shape.
	 */
	public function identity( array $customer ): array {
		$first    = (string) $customer['first_name'];
		$last     = (string) $customer['last_name'];
		$optional = array(
			'firstName'   => $first,
			'lastName'    => $last,
			'name'        => trim( $first . ' ' . $last ),
			'phoneNumber' => (string) $customer['phone'],
			'signedUp'    => (int) $customer['registered'] ?: '',
			'country'     => strtoupper( (string) $customer['country'] ),
			'avatar'      => $this->avatars ? (string) $customer['avatar'] : '',
		);
		$identity = array(
			'id'    => (int) $customer['id'],
			'email' => (string) $customer['email'],
		) + array_filter( $optional, static fn ( $value ) => '' !== $value );
		$identity['orderCount'] = (int) $customer['order_count'];
		$identity['totalSpent'] = (float) $customer['total_spent'];
		if ( null !== $customer['last_order'] ) {
			$identity['lastOrder'] = (int) $customer['last_order'];
		}
		return $identity;
	}

	/**
	 * Belco's cart object. `price` is the unit price as the customer's cart shows it (quantity is separate);
	 * the port's amounts are already rounded to the currency's decimals, so the JSON numbers are exact.
	 *
	 * @param array $cart Store::cart() shape.
	 */
	public static function cart( array $cart ): array {
		$items = array();
		foreach ( $cart['items'] as $item ) {
			$items[] = array(
				'id'       => (int) $item['product_id'],
				'name'     => (string) $item['name'],
				'price'    => (float) $item['price'],
				'url'      => (string) $item['url'],
				'quantity' => (int) $item['quantity'],
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
