<?php
/**
 * The storefront's own re-reads of the Store API cart, kept from writing the session.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Frontend;

use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\ReadOnlySession;

defined( 'ABSPATH' ) || exit;

/**
 * The storefront event source re-reads the cart with `GET /wc/store/v1/cart` after a signal (a classic
 * cart form, a widget's cart write: blocks/src/storefront/woocommerce.ts). WooCommerce recalculates the
 * totals there, which touches the session, and saves the whole session it loaded at shutdown: a re-read
 * racing the shopper's next change put the old cart back (Bambuser's "quantity 0" left 3, Belco off). Our
 * re-reads carry HEADER; for them the session stays read only. WooCommerce's own GETs are left as they are.
 */
final class StoreApiReads implements Registerable {

	/** Sent by the event source's re-read (any non-empty value). */
	public const HEADER = 'X-Commerce-Bridge-Read';

	public function register(): void {
		add_filter( 'rest_request_after_callbacks', array( $this, 'after' ), 10, 3 );
	}

	/**
	 * Unhooks WooCommerce's shutdown writers after our re-read of the cart.
	 *
	 * @param mixed            $response Response (passed through).
	 * @param array            $handler  Route handler.
	 * @param \WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public function after( $response, $handler, $request ) {
		if ( $request instanceof \WP_REST_Request && 'GET' === $request->get_method() && '/wc/store/v1/cart' === $request->get_route() && '' !== (string) $request->get_header( self::HEADER ) ) {
			ReadOnlySession::keep_unwritten();
		}
		return $response;
	}
}
