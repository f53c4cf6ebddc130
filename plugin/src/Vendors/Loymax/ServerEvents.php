<?php
/**
 * Loymax events that happen in requests ending in a redirect, queued for the visitor's next page.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Login, registration (also at checkout), logout clean-up and non-AJAX cart changes. AJAX and Store
 * API cart changes are seen by the storefront bundle instead, so they are skipped here.
 */
final class ServerEvents implements Registerable {

	/** Queued event type; its payload is one LoymaxEvent. */
	public const TYPE = 'loymax';

	/** @var array<int, true> users who logged in or registered in this request. */
	private array $users = array();

	/**
	 * Constructor.
	 *
	 * @param Store      $store    WooCommerce port.
	 * @param EventQueue $queue    Next-page event queue.
	 * @param Ids        $ids      Id resolver.
	 * @param array      $settings Loymax settings.
	 * @param \Closure   $allowed  (): bool, whether Loymax may queue events for this visitor now (consent).
	 */
	public function __construct( private Store $store, private EventQueue $queue, private Ids $ids, private array $settings, private \Closure $allowed ) {
	}

	public function register(): void {
		add_action( 'wp_login', array( $this, 'logged_in' ), 20, 2 );
		add_action( 'user_register', array( $this, 'registered' ), 20 );
		add_action( 'woocommerce_created_customer', array( $this, 'registered' ), 20 );
		add_action( 'wp_logout', array( $this, 'logged_out' ) );
		add_action( 'woocommerce_add_to_cart', array( $this, 'added_to_cart' ), 20 );
		add_action( 'woocommerce_remove_cart_item', array( $this, 'removing_from_cart' ), 20 );
		// Billing data (phone mode) is saved after the account exists: resolve the id at the end.
		add_action( 'shutdown', array( $this, 'queue_users' ) );
	}

	/**
	 * Hook wp_login.
	 *
	 * @param string   $login Login name (unused).
	 * @param \WP_User $user  The user.
	 */
	public function logged_in( string $login, \WP_User $user ): void {
		$this->users[ (int) $user->ID ] = true;
	}

	/**
	 * Hooks user_register and woocommerce_created_customer: only a visitor's own sign-up counts, never
	 * an account that staff create in wp-admin or through the REST API.
	 *
	 * @param int $user_id New user.
	 */
	public function registered( int $user_id ): void {
		$current = get_current_user_id();
		if ( ( is_admin() && ! wp_doing_ajax() ) || ( $current && $current !== $user_id ) ) {
			return;
		}
		$this->users[ $user_id ] = true;
	}

	public function queue_users(): void {
		foreach ( array_keys( $this->users ) as $user_id ) {
			$this->push( array( 'kind' => 'auth', 'userId' => $this->ids->user( $user_id ) ), 'userId' );
		}
		$this->users = array();
	}

	public function logged_out(): void {
		if ( $this->settings['cleanupOnLogout'] ) {
			$this->push( array( 'kind' => 'cartClear' ) );
		}
	}

	/**
	 * Hook woocommerce_add_to_cart (after the line is in the cart).
	 *
	 * @param string $key Cart item key.
	 */
	public function added_to_cart( string $key ): void {
		$line = $this->page_request() ? $this->line( $key ) : null;
		if ( $line ) {
			$this->push( array( 'kind' => 'cartAdd' ) + $this->ids->line( $line ), 'productId' );
		}
	}

	/**
	 * Hook woocommerce_remove_cart_item (before the line leaves the cart).
	 *
	 * @param string $key Cart item key.
	 */
	public function removing_from_cart( string $key ): void {
		$line = $this->page_request() ? $this->line( $key ) : null;
		if ( $line ) {
			$this->push( array( 'kind' => 'cartRemove', 'productId' => $this->ids->line( $line )['productId'] ), 'productId' );
		}
	}

	/**
	 * Queues a custom event (theme and plugin actions, see ShopEvents); '' is off.
	 *
	 * @param string $event_name EVENT_NAME.
	 */
	public function custom( string $event_name ): void {
		$this->push(
			array(
				'kind'      => 'custom',
				'eventName' => $event_name,
			),
			'eventName'
		);
	}

	/**
	 * Queues an event when its template is set, its id resolved and the visitor consented (queuing may
	 * set the visitor cookie).
	 *
	 * @param array  $event    LoymaxEvent.
	 * @param string $required Key that must not be empty.
	 */
	private function push( array $event, string $required = '' ): void {
		if ( '' === $this->settings[ Templates::key( $event['kind'] ) ] || ( '' !== $required && '' === $event[ $required ] ) || ! ( $this->allowed )() ) {
			return;
		}
		$this->queue->push( self::TYPE, $event );
	}

	/**
	 * A full page request (form post, link). AJAX and REST cart changes reach the browser directly,
	 * and so do the classic cart page's update form and remove links, which cart.js posts with jQuery
	 * (X-Requested-With) to the cart page itself.
	 */
	private function page_request(): bool {
		$xhr = isset( $_SERVER['HTTP_X_REQUESTED_WITH'] ) && 'xmlhttprequest' === strtolower( sanitize_text_field( wp_unslash( $_SERVER['HTTP_X_REQUESTED_WITH'] ) ) );
		return ! $xhr && ! wp_doing_ajax() && ! ( defined( 'REST_REQUEST' ) && REST_REQUEST );
	}

	private function line( string $key ): ?array {
		foreach ( $this->store->cart_lines() as $item ) {
			if ( $item['key'] === $key ) {
				return $item;
			}
		}
		return null;
	}
}
