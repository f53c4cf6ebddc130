<?php
/**
 * Tells oct8ne's back office that a visitor in a conversation changed their cart or wishlist, or logged in
 * or out.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Events\ServerEvent;
use CommerceBridge\Events\Subscriber;

defined( 'ABSPATH' ) || exit;

/**
 * `POST https://<server>platformConnection/update?visitor=…&what=…` (fact sheet §5.4), sent only while
 * the visitor has a real-time connection (the `oct8ne-visitor` cookie) and without waiting for oct8ne.
 * A live cart change (AJAX, Store API) reaches the loaded widget as `oct8ne.update('cart')` from the
 * storefront bundle instead, so here it is skipped: each change reaches oct8ne once.
 */
final class RealtimeUpdate implements Subscriber {

	/** @var array<string, true> what this request already reported. */
	private array $sent = array();

	/**
	 * Constructor.
	 *
	 * @param Oct8neModule $module Settings (server host, consent).
	 */
	public function __construct( private Oct8neModule $module ) {
	}

	public function handlers(): array {
		$user = fn () => $this->notify( 'user' );
		return array(
			ServerEvent::CART_CHANGED     => fn ( ServerEvent $event ) => $event->data['live'] ? null : $this->notify( 'cart' ),
			ServerEvent::LOGGED_IN        => $user,
			ServerEvent::LOGGED_OUT       => $user,
			ServerEvent::WISHLIST_CHANGED => fn () => $this->notify( 'wishlist' ),
		);
	}

	/**
	 * Sends one update per kind and request.
	 *
	 * @param string $what "cart", "wishlist" or "user".
	 */
	public function notify( string $what ): void {
		$visitor = Cookies::get( Cookies::VISITOR );
		if ( '' === $visitor || isset( $this->sent[ $what ] ) || ! ( new VendorConsent() )->allows( $this->module, VendorConsent::EVENTS ) ) {
			return;
		}
		$this->sent[ $what ] = true;
		$url                 = add_query_arg(
			array(
				'visitor' => rawurlencode( $visitor ),
				'what'    => rawurlencode( $what ),
			),
			'https://' . Hosts::server( $this->module->values() ) . 'platformConnection/update'
		);
		// Fire and forget: the shopper's request must not wait for oct8ne.
		wp_remote_post(
			$url,
			array(
				'blocking' => false,
				'timeout'  => 1,
			)
		);
	}
}
