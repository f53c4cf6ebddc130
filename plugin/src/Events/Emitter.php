<?php
/**
 * The one producer of commerce events on the server.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Events;

use CommerceBridge\Capability;
use CommerceBridge\Registerable;
use CommerceBridge\Registry;
use CommerceBridge\Vendors\VendorModule;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * The only code that listens to WordPress and WooCommerce for commerce events (docs/architecture.md,
 * "Commerce events"): it turns their hooks into typed ServerEvents and hands each one, once per
 * request, to every subscriber of every enabled vendor. Vendors never hook these signals themselves.
 */
final class Emitter implements Registerable {

	/**
	 * A documented action another wishlist plugin may fire (docs/vendors/oct8ne.md); oct8ne's own guest
	 * wishlist merge fires it too.
	 */
	public const WISHLIST_CHANGED_ACTION = 'commerce_bridge_oct8ne_wishlist_changed';

	/** @var array<string, true> identities of the events this request delivered. */
	private array $delivered = array();

	/** @var array<string, array> cart lines about to be removed, by key. */
	private array $removing = array();

	/** @var list<array{0: VendorModule, 1: Subscriber}>|null */
	private ?array $subscriptions = null;

	/**
	 * Constructor.
	 *
	 * @param Store    $store            WooCommerce port (cart lines).
	 * @param \Closure $subscriptions_of (): list<array{0: VendorModule, 1: Subscriber}>, asked once, at the first event.
	 */
	public function __construct( private Store $store, private \Closure $subscriptions_of ) {
	}

	/**
	 * The subscriptions of every vendor module of the registry.
	 *
	 * @param Store    $store    WooCommerce port.
	 * @param Registry $registry The vendor modules.
	 */
	public static function for_registry( Store $store, Registry $registry ): self {
		$list = static function () use ( $registry ): array {
			$pairs = array();
			foreach ( $registry->all() as $module ) {
				foreach ( $module->subscribers() as $subscriber ) {
					$pairs[] = array( $module, $subscriber );
				}
			}
			return $pairs;
		};
		return new self( $store, $list );
	}

	public function register(): void {
		add_action( 'woocommerce_add_to_cart', fn ( $key ) => $this->cart( 'added', (string) $key ), 20 );
		add_action( 'woocommerce_after_cart_item_quantity_update', fn ( $key ) => $this->cart( 'updated', (string) $key ), 20 );
		add_action( 'woocommerce_remove_cart_item', array( $this, 'removing' ), 20 );
		add_action( 'woocommerce_cart_item_removed', fn ( $key ) => $this->cart( 'removed', (string) $key ), 20 );
		add_action( 'wp_login', fn ( $login, $user ) => $this->user( ServerEvent::LOGGED_IN, $user instanceof \WP_User ? (int) $user->ID : 0 ), 20, 2 );
		add_action( 'user_register', array( $this, 'registered' ), 20 );
		add_action( 'woocommerce_created_customer', array( $this, 'registered' ), 20 );
		add_action( 'wp_logout', fn ( $user_id = 0 ) => $this->user( ServerEvent::LOGGED_OUT, (int) $user_id ) );
		// The classic checkout passes the order object, the Store API and admin creation only the id.
		$order = fn ( $order ) => $this->emit_order( is_object( $order ) && method_exists( $order, 'get_id' ) ? (int) $order->get_id() : absint( $order ) );
		add_action( 'woocommerce_checkout_order_created', $order );
		add_action( 'woocommerce_new_order', $order );
		add_action( 'woocommerce_order_status_changed', fn ( $id, $from, $to ) => $this->emit( ServerEvent::order_status( (int) $id, (string) $from, (string) $to ) ), 10, 3 );
		$this->register_accounts();
		$this->register_wishlists();
	}

	/** Saved and deleted accounts; a deleted user is gone, so WordPress's last state of it says whether it was staff. */
	private function register_accounts(): void {
		$staff = fn ( $user ) => (bool) $user && user_can( $user, Capability::required( $this->store ) );
		add_action( 'profile_update', fn ( $user_id ) => $this->emit( ServerEvent::account( ServerEvent::ACCOUNT_UPDATED, (int) $user_id, $staff( (int) $user_id ) ) ) );
		add_action( 'deleted_user', fn ( $user_id, $reassign = null, $user = null ) => $this->emit( ServerEvent::account( ServerEvent::ACCOUNT_DELETED, (int) $user_id, $user instanceof \WP_User && $staff( $user ) ) ), 10, 3 );
	}

	/** Wishlist and back-in-stock plugins, each at the moment its own record exists. */
	private function register_wishlists(): void {
		$wishlist = fn ( string $reason ) => fn ( $product_id = 0 ) => $this->emit( ServerEvent::wishlist_changed( $reason, 'merged' === $reason ? 0 : (int) $product_id, self::by_visitor() ) );
		add_action( self::WISHLIST_CHANGED_ACTION, $wishlist( 'merged' ), 20 );
		add_action( 'yith_wcwl_added_to_wishlist', $wishlist( 'added' ), 20 );
		add_action( 'yith_wcwl_removed_from_wishlist', $wishlist( 'removed' ), 20 );
		$alert = fn ( int $product_id ) => $this->emit( ServerEvent::stock_alert( $product_id, self::by_visitor() ) );
		// Back In Stock Notifier passes the subscriber's data, WooCommerce Back In Stock Notifications its notification.
		add_action( 'cwginstock_after_insert_subscriber', fn ( $id, $data = array() ) => $alert( (int) ( ( $data['variation_id'] ?? 0 ) ? $data['variation_id'] : ( $data['product_id'] ?? 0 ) ) ), 20, 2 );
		add_action( 'woocommerce_bis_create_notification', fn ( $notification = null ) => $alert( is_object( $notification ) && method_exists( $notification, 'get_product_id' ) ? (int) $notification->get_product_id() : 0 ), 20 );
	}

	/**
	 * Hands an event to every subscriber of every enabled vendor, unless this request delivered the same
	 * fact already (a sign-up, an order created: see ServerEvent::identity()).
	 *
	 * @param ServerEvent $event The event.
	 */
	public function emit( ServerEvent $event ): void {
		$identity = $event->identity();
		if ( isset( $this->delivered[ $identity ] ) ) {
			return;
		}
		if ( '' !== $identity ) {
			$this->delivered[ $identity ] = true;
		}
		$this->subscriptions        ??= ( $this->subscriptions_of )();
		foreach ( $this->subscriptions as list( $vendor, $subscriber ) ) {
			$handler = $subscriber->handlers()[ $event->type ] ?? null;
			if ( $handler && $vendor->is_enabled() ) {
				$handler( $event );
			}
		}
	}

	/**
	 * Hook woocommerce_remove_cart_item: the line is still in the cart, so it is read now.
	 *
	 * @param string $key Cart item key.
	 */
	public function removing( $key ): void {
		$line = $this->line( (string) $key );
		if ( $line ) {
			$this->removing[ $line['key'] ] = $line;
		}
	}

	/**
	 * Hooks user_register and woocommerce_created_customer: only a visitor's own sign-up (also at
	 * checkout) is one, never an account that staff create in wp-admin or through the REST API.
	 *
	 * @param int|string $user_id New user.
	 */
	public function registered( $user_id ): void {
		$user_id = (int) $user_id;
		$current = get_current_user_id();
		if ( $user_id > 0 && ! ( is_admin() && ! wp_doing_ajax() ) && ! ( $current && $current !== $user_id ) ) {
			$this->user( ServerEvent::REGISTERED, $user_id );
		}
	}

	private function emit_order( int $order_id ): void {
		if ( $order_id > 0 ) {
			$this->emit( ServerEvent::order_placed( $order_id ) );
		}
	}

	private function user( string $type, int $user_id ): void {
		if ( $user_id > 0 || ServerEvent::LOGGED_OUT === $type ) {
			$this->emit( ServerEvent::user( $type, $user_id ) );
		}
	}

	private function cart( string $reason, string $key ): void {
		$line = 'removed' === $reason ? ( $this->removing[ $key ] ?? null ) : $this->line( $key );
		unset( $this->removing[ $key ] );
		$this->emit( ServerEvent::cart_changed( $reason, self::live(), $line, $this->store->cart_lines() ) );
	}

	private function line( string $key ): ?array {
		foreach ( $this->store->cart_lines() as $line ) {
			if ( $line['key'] === $key ) {
				return $line;
			}
		}
		return null;
	}

	/**
	 * A change the browser's event source sees without a reload: AJAX and REST requests, and the
	 * classic cart page's update form and remove links, which cart.js posts with jQuery (X-Requested-With)
	 * to the cart page itself. Form posts and links that load a page are not live.
	 */
	private static function live(): bool {
		$xhr = isset( $_SERVER['HTTP_X_REQUESTED_WITH'] ) && 'xmlhttprequest' === strtolower( sanitize_text_field( wp_unslash( $_SERVER['HTTP_X_REQUESTED_WITH'] ) ) );
		return $xhr || wp_doing_ajax() || ( defined( 'REST_REQUEST' ) && REST_REQUEST );
	}

	/** Staff adding a subscription or wishlist item in wp-admin is not the visitor's own action. */
	private static function by_visitor(): bool {
		return ! is_admin() || wp_doing_ajax();
	}
}
