<?php
/**
 * The path and body of each kind of Belco server call.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco\Sync;

use CommerceBridge\Frontend\ShopperFacts;
use CommerceBridge\Frontend\SidecarUnavailable;
use CommerceBridge\Vendors\Belco\WidgetConfig;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Built when the call is sent, from the data of that moment (the log keeps ids only), in the shapes of
 * fact sheet §7. A customer is described exactly as the widget identifies them (WidgetConfig::identity()
 * over the sidecar's ShopperFacts, the one owner of names and paid-order figures).
 */
final class Payloads {

	public const CONNECT         = 'connect';
	public const CUSTOMER        = 'customer';
	public const CUSTOMER_DELETE = 'customer-delete';

	/** WooCommerce order status => Belco track event; each status its own event, the others none. */
	public const ORDER_EVENTS = array(
		'cancelled' => 'Order Cancelled',
		'refunded'  => 'Order Refunded',
	);

	/**
	 * Constructor.
	 *
	 * @param string       $shop_id Belco shop id.
	 * @param Store        $store   WooCommerce port (orders).
	 * @param ShopperFacts $facts   Customers' profiles.
	 */
	public function __construct( private string $shop_id, private Store $store, private ShopperFacts $facts ) {
	}

	/** Kind of the track call for an order status ('order-cancelled'), '' when the status has no event. */
	public static function order_kind( string $status ): string {
		return isset( self::ORDER_EVENTS[ $status ] ) ? 'order-' . $status : '';
	}

	/**
	 * Path and body of a call; null when its user or order no longer exists.
	 *
	 * @param string $kind    One of the kinds.
	 * @param int    $subject User or order id.
	 * @return array{0: string, 1: array}|null
	 * @throws SidecarUnavailable When a customer's profile could not be read (worth retrying).
	 */
	public function call( string $kind, int $subject ): ?array {
		switch ( $kind ) {
			case self::CONNECT:
				return array( '/shops/connect', $this->connect() );
			case self::CUSTOMER:
				$customer = $this->customer( $subject );
				return null === $customer ? null : array( '/sync/customer', $customer );
			case self::CUSTOMER_DELETE:
				return array( '/sync/customer/delete', array( 'id' => $subject ) );
		}
		$status = str_starts_with( $kind, 'order-' ) ? substr( $kind, strlen( 'order-' ) ) : '';
		$track  = isset( self::ORDER_EVENTS[ $status ] ) ? $this->track( $subject, $status ) : null;
		return null === $track ? null : array( '/v1/t', $track );
	}

	private function connect(): array {
		return array(
			'id'   => $this->shop_id,
			'type' => 'woocommerce',
			'url'  => site_url(),
		);
	}

	/**
	 * The customer as the widget identifies them (no hash: the request is signed).
	 *
	 * @param int $user_id User id.
	 */
	private function customer( int $user_id ): ?array {
		$customer = $this->facts->of( $user_id, false )['customer'];
		if ( ! is_array( $customer ) ) {
			return null;
		}
		$avatars = (bool) get_option( 'show_avatars' );
		return ( new WidgetConfig( '', 'id', $avatars ) )->identity( $customer + array( 'avatar' => $avatars ? (string) get_avatar_url( $user_id ) : '' ) );
	}

	/**
	 * A track event about an order: the account's id (a number) or, for a guest, the billing e-mail.
	 *
	 * @param int    $order_id Order id.
	 * @param string $status   The status the event reports.
	 */
	private function track( int $order_id, string $status ): ?array {
		$order = $this->store->order( $order_id );
		if ( null === $order ) {
			return null;
		}
		return array(
			'type'       => 'track',
			'event'      => self::ORDER_EVENTS[ $status ],
			'identity'   => $order['customer_id'] > 0 ? array( 'id' => (int) $order['customer_id'] ) : array( 'email' => (string) $order['email'] ),
			'sentAt'     => gmdate( 'Y-m-d\TH:i:s\Z' ),
			'properties' => array(
				'orderId' => (string) $order['number'],
				'date'    => (int) $order['created'],
				'total'   => (float) $order['total'],
				'status'  => $status,
			),
		);
	}
}
