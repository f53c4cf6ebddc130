<?php
/**
 * One typed commerce event seen on the server.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Events;

defined( 'ABSPATH' ) || exit;

/**
 * The server side of the event union in blocks/src/storefront/types.ts: one factory per type, each
 * validating its data, so a subscriber never meets a malformed event. Built by the Emitter only.
 */
final class ServerEvent {

	public const CART_CHANGED     = 'cartChanged';
	public const LOGGED_IN        = 'loggedIn';
	public const REGISTERED       = 'registered';
	public const LOGGED_OUT       = 'loggedOut';
	public const WISHLIST_CHANGED = 'wishlistChanged';
	public const STOCK_ALERT      = 'stockAlertSubscribed';
	public const ORDER_PLACED     = 'orderPlaced';
	public const ORDER_STATUS     = 'orderStatusChanged';
	public const ACCOUNT_UPDATED  = 'accountUpdated';
	public const ACCOUNT_DELETED  = 'accountDeleted';

	/** Cart change reasons (the browser's `emptied` is never a single WooCommerce hook). */
	public const CART_REASONS = array( 'added', 'removed', 'updated' );

	/** Wishlist change reasons: `merged` is a guest's list joining the customer's at login. */
	public const WISHLIST_REASONS = array( 'added', 'removed', 'merged' );

	/**
	 * Constructor.
	 *
	 * @param string $type One of the constants.
	 * @param array  $data The type's fields.
	 */
	private function __construct( public readonly string $type, public readonly array $data ) {
	}

	/**
	 * A cart line was added, removed or changed in quantity.
	 *
	 * @param string     $reason One of CART_REASONS.
	 * @param bool       $live   The browser's event source announces it too (AJAX, REST or XHR request).
	 * @param array|null $line   The line (Store::cart_lines() shape); before its removal for `removed`.
	 * @param array      $cart   The cart's lines after the change.
	 */
	public static function cart_changed( string $reason, bool $live, ?array $line, array $cart ): self {
		self::require( in_array( $reason, self::CART_REASONS, true ), 'cart change reason ' . $reason );
		self::require( null === $line || isset( $line['key'], $line['product_id'] ), 'cart line' );
		return new self( self::CART_CHANGED, compact( 'reason', 'live', 'line', 'cart' ) );
	}

	/**
	 * A user logged in, signed up (the visitor's own sign-up), or logged out.
	 *
	 * @param string $type    LOGGED_IN, REGISTERED or LOGGED_OUT.
	 * @param int    $user_id The user.
	 */
	public static function user( string $type, int $user_id ): self {
		self::require( in_array( $type, array( self::LOGGED_IN, self::REGISTERED, self::LOGGED_OUT ), true ), 'user event ' . $type );
		self::require( $user_id > 0 || self::LOGGED_OUT === $type, 'user id' );
		return new self( $type, array( 'userId' => $user_id ) );
	}

	/**
	 * The visitor's wishlist changed.
	 *
	 * @param string $reason     One of WISHLIST_REASONS.
	 * @param int    $product_id The product, 0 when not one (a merge).
	 * @param bool   $by_visitor The visitor's own action (not staff in wp-admin).
	 */
	public static function wishlist_changed( string $reason, int $product_id, bool $by_visitor ): self {
		self::require( in_array( $reason, self::WISHLIST_REASONS, true ), 'wishlist change reason ' . $reason );
		return new self( self::WISHLIST_CHANGED, array( 'reason' => $reason, 'productId' => max( 0, $product_id ), 'byVisitor' => $by_visitor ) );
	}

	/**
	 * The visitor asked to be told when a product is back in stock.
	 *
	 * @param int  $product_id The product or variation, 0 when the plugin does not say.
	 * @param bool $by_visitor The visitor's own action (not staff in wp-admin).
	 */
	public static function stock_alert( int $product_id, bool $by_visitor ): self {
		return new self( self::STOCK_ALERT, array( 'productId' => max( 0, $product_id ), 'byVisitor' => $by_visitor ) );
	}

	/**
	 * An order was created: by the classic checkout, the Store API (its draft at the block checkout) or staff.
	 *
	 * @param int $order_id The order.
	 */
	public static function order_placed( int $order_id ): self {
		self::require( $order_id > 0, 'order id' );
		return new self( self::ORDER_PLACED, array( 'orderId' => $order_id ) );
	}

	/**
	 * An order moved from one status to another (statuses without WooCommerce's `wc-` prefix).
	 *
	 * @param int    $order_id The order.
	 * @param string $from     Previous status.
	 * @param string $to       New status.
	 */
	public static function order_status( int $order_id, string $from, string $to ): self {
		self::require( $order_id > 0 && '' !== $to, 'order status change' );
		return new self( self::ORDER_STATUS, array( 'orderId' => $order_id, 'from' => $from, 'to' => $to ) );
	}

	/**
	 * A user's account was saved or deleted (by anyone: the customer, staff, an import).
	 *
	 * @param string $type    ACCOUNT_UPDATED or ACCOUNT_DELETED.
	 * @param int    $user_id The user.
	 * @param bool   $staff   The user manages the shop (Capability::required()).
	 */
	public static function account( string $type, int $user_id, bool $staff ): self {
		self::require( in_array( $type, array( self::ACCOUNT_UPDATED, self::ACCOUNT_DELETED ), true ) && $user_id > 0, 'account event' );
		return new self( $type, array( 'userId' => $user_id, 'staff' => $staff ) );
	}

	/** Types WordPress or WooCommerce announce twice for one fact (two hooks). */
	private const ANNOUNCED_TWICE = array( self::REGISTERED, self::ORDER_PLACED );

	/**
	 * What makes two events of a type announced twice the same event, '' for other types: the Emitter
	 * drops a second announcement of the same fact in one request.
	 */
	public function identity(): string {
		return in_array( $this->type, self::ANNOUNCED_TWICE, true ) ? $this->type . (string) wp_json_encode( $this->data ) : '';
	}

	/**
	 * Refuses malformed data at the boundary.
	 *
	 * @param bool   $valid The check.
	 * @param string $what  What was checked.
	 * @throws \InvalidArgumentException When the check fails.
	 */
	private static function require( bool $valid, string $what ): void {
		if ( ! $valid ) {
			throw new \InvalidArgumentException( 'Invalid commerce event: ' . $what );
		}
	}
}
