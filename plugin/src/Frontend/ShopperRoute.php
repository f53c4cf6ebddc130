<?php
/**
 * Base of the one family of routes that answer the storefront about the current shopper.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Frontend;

use CommerceBridge\Registerable;
use CommerceBridge\Rest\SettingsController;
use CommerceBridge\WooCommerce\ReadOnlySession;

defined( 'ABSPATH' ) || exit;

/**
 * `GET commerce-bridge/v1/shopper/<what>`, read by blocks/src/storefront/shopper.ts (shopperGet) and by
 * nothing else after page load. Every such route authenticates the same way, WordPress's own: the login
 * cookie plus the wp_rest nonce from the page config in `X-WP-Nonce`. A login cookie without a valid nonce
 * is refused (401) instead of answered as a guest: a "guest" carrying a customer's cookies is how a request
 * makes WooCommerce drop that customer's session. Same-origin callers only: a request the browser marks as
 * coming from another site, or another origin of this site (`Sec-Fetch-Site: cross-site|same-site`, e.g. a
 * `<script src>` of `_jsonp`), gets the guest's answer. Query parameters are checked against args() by
 * WordPress (400 before anything runs). Answers are never cached, and a read never writes WooCommerce's
 * session (ReadOnlySession).
 */
abstract class ShopperRoute implements Registerable {

	/** Every shopper route lives below it. */
	public const PREFIX = '/shopper/';

	/** What the route answers, e.g. "belco-widget": the route is PREFIX . what(). */
	abstract public function what(): string;

	/** False answers 404 (the vendor is off). */
	abstract protected function available(): bool;

	/**
	 * The answer for one visitor.
	 *
	 * @param int   $user_id  WordPress user id, 0 for guests.
	 * @param bool  $own_page False when another page made the request: it gets nothing of the visitor's session.
	 * @param array $query    Query parameters, valid against args().
	 * @return array|object|\WP_Error JSON-serialisable, or the error to answer.
	 * @throws SidecarUnavailable When the shopper's facts could not be read (answered 503).
	 */
	abstract public function payload( int $user_id, bool $own_page, array $query );

	/** Query parameters as WordPress REST args (JSON schema per name); none by default. */
	protected function args(): array {
		return array();
	}

	/** The route below the namespace. */
	final public function route(): string {
		return self::PREFIX . $this->what();
	}

	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_route' ) );
	}

	public function register_route(): void {
		register_rest_route(
			SettingsController::NAMESPACE,
			$this->route(),
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => array( $this, 'answer' ),
				'permission_callback' => array( $this, 'permission' ),
				'args'                => $this->args(),
			)
		);
	}

	/**
	 * Same origin, and a login cookie only together with its nonce.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return true|\WP_Error
	 */
	public function permission( \WP_REST_Request $request ) {
		$origin = (string) $request->get_header( 'origin' );
		if ( '' !== $origin && ! is_allowed_http_origin( $origin ) ) {
			return new \WP_Error( 'commerce_bridge_cross_origin', __( 'Cross-origin requests are not allowed.', 'commerce-bridge' ), array( 'status' => 403 ) );
		}
		// WordPress sets this when the login cookie was valid, and drops the user when no nonce came with it.
		if ( ! is_user_logged_in() && true === ( $GLOBALS['wp_rest_auth_cookie'] ?? null ) ) {
			return new \WP_Error( 'commerce_bridge_nonce_required', __( 'Send the wp_rest nonce (X-WP-Nonce) with the login cookie.', 'commerce-bridge' ), array( 'status' => 401 ) );
		}
		return true;
	}

	/**
	 * The payload of the caller, `Cache-Control: no-store`.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function answer( \WP_REST_Request $request ) {
		$allowed = $this->permission( $request );
		if ( true !== $allowed ) {
			return $allowed;
		}
		if ( ! $this->available() ) {
			return new \WP_Error( 'commerce_bridge_disabled', __( 'This vendor is not enabled.', 'commerce-bridge' ), array( 'status' => 404 ) );
		}
		$own_page = ! in_array( (string) $request->get_header( 'sec_fetch_site' ), array( 'cross-site', 'same-site' ), true );
		$response = $this->visitor_response( $own_page, $request->get_query_params() );
		$response->header( 'Cache-Control', 'no-store, private' );
		$response->header( 'Vary', 'Cookie' );
		return $response;
	}

	/**
	 * The payload (or its error) as a response; 503 with Retry-After when the sidecar could not answer.
	 *
	 * @param bool  $own_page False when another page made the request: a guest's answer.
	 * @param array $query    Query parameters, valid against args().
	 */
	private function visitor_response( bool $own_page, array $query ): \WP_REST_Response {
		try {
			$payload = $this->payload( $own_page ? get_current_user_id() : 0, $own_page, $query );
			return is_wp_error( $payload ) ? rest_convert_error_to_response( $payload ) : rest_ensure_response( $payload );
		} catch ( SidecarUnavailable $e ) {
			$response = new \WP_REST_Response( array( 'code' => 'commerce_bridge_sidecar_unavailable', 'message' => $e->getMessage() ), 503 );
			$response->header( 'Retry-After', (string) SidecarUnavailable::RETRY_AFTER );
			return $response;
		} finally {
			// Whoever started WooCommerce's session in this request, a read ends without saving it.
			ReadOnlySession::keep_unwritten();
		}
	}
}
