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
 * `GET /wc/store/v1/cart` (and its items and coupons) only reads, yet WooCommerce recalculates the totals
 * there, which touches the session, and saves the whole session it loaded at shutdown. A read racing the
 * shopper's next change put the old cart back: our event source's re-read after a widget's write, the
 * Mini-Cart block's own GET (Bambuser's "quantity 0" left 3, with Belco off too). For these GETs the
 * session stays read only; every Store API write, and the checkout (which keeps its draft order in the
 * session), saves as before.
 */
final class StoreApiReads implements Registerable {

	/** Routes of the Store API's cart, any version (WordPress hands the route without its query). */
	private const CART_ROUTE = '~^/wc/store(?:/v[0-9]+)?/cart(?:/|$)~';

	public function register(): void {
		add_filter( 'rest_request_after_callbacks', array( $this, 'after' ), 10, 3 );
	}

	/**
	 * Unhooks WooCommerce's shutdown writers after a GET of the cart.
	 *
	 * @param mixed            $response Response (passed through).
	 * @param array            $handler  Route handler.
	 * @param \WP_REST_Request $request  Request.
	 * @return mixed
	 */
	public function after( $response, $handler, $request ) {
		if ( $request instanceof \WP_REST_Request && 'GET' === $request->get_method() && preg_match( self::CART_ROUTE, $request->get_route() ) ) {
			ReadOnlySession::keep_unwritten();
		}
		return $response;
	}
}
