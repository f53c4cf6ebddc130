<?php
/**
 * GET commerce-bridge/v1/belco/widget: the visitor's Belco config, never cached.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

use CommerceBridge\Capability;
use CommerceBridge\Registerable;
use CommerceBridge\Rest\SettingsController;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * The page only carries shopId, so a full-page cache can share it; identity, hash, custom data and
 * cart come from here after load, computed for the caller.
 *
 * Like WooCommerce's Store API cart, the caller is identified by its login cookie without a REST
 * nonce (a nonce in a cacheable page would be someone else's or stale). That is safe because this
 * route changes nothing and refuses cross-origin callers, so another site cannot read the answer.
 */
final class WidgetEndpoint implements Registerable {

	public const ROUTE = '/belco/widget';

	/**
	 * Constructor.
	 *
	 * @param BelcoModule $module Belco settings.
	 * @param Store       $store  WooCommerce port.
	 */
	public function __construct( private BelcoModule $module, private Store $store ) {
	}

	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_route' ) );
		// Before WordPress's cookie check (priority 100), which would drop a cookie user without a nonce.
		add_filter( 'rest_authentication_errors', array( $this, 'trust_login_cookie' ), 90 );
	}

	/**
	 * Keeps the logged-in user of this route's requests (WooCommerce's Store API does the same).
	 *
	 * @param \WP_Error|null|true $result Authentication result so far.
	 * @return \WP_Error|null|true
	 */
	public function trust_login_cookie( $result ) {
		$route = isset( $GLOBALS['wp']->query_vars['rest_route'] ) ? (string) $GLOBALS['wp']->query_vars['rest_route'] : '';
		if ( null === $result && untrailingslashit( $route ) === '/' . SettingsController::NAMESPACE . self::ROUTE ) {
			return true;
		}
		return $result;
	}

	public function register_route(): void {
		register_rest_route(
			SettingsController::NAMESPACE,
			self::ROUTE,
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => array( $this, 'answer' ),
				'permission_callback' => '__return_true',
			)
		);
	}

	/**
	 * `{show: false}` for shop staff, else `{show: true, config}`.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function answer( \WP_REST_Request $request ) {
		$origin = (string) $request->get_header( 'origin' );
		if ( '' !== $origin && ! is_allowed_http_origin( $origin ) ) {
			return new \WP_Error( 'commerce_bridge_cross_origin', __( 'Cross-origin requests are not allowed.', 'commerce-bridge' ), array( 'status' => 403 ) );
		}
		if ( ! $this->module->is_enabled() ) {
			return new \WP_Error( 'commerce_bridge_disabled', __( 'Belco is not enabled.', 'commerce-bridge' ), array( 'status' => 404 ) );
		}
		$response = rest_ensure_response( $this->payload( get_current_user_id() ) );
		$response->header( 'Cache-Control', 'no-store, private' );
		$response->header( 'Vary', 'Cookie' );
		return $response;
	}

	/**
	 * The answer for one user (0: guest).
	 *
	 * @param int $user_id WordPress user id.
	 */
	public function payload( int $user_id ): array {
		if ( $user_id && user_can( $user_id, Capability::required( $this->store ) ) ) {
			// As the official plugin: shop staff do not get the widget (they answer it in Belco).
			return array( 'show' => false );
		}
		$values   = $this->module->values();
		$config   = new WidgetConfig( (string) $values['shopSecret'], (string) $values['hashIdentity'], (bool) get_option( 'show_avatars' ) );
		$customer = $user_id ? $this->store->customer( $user_id ) : null;
		return array(
			'show'   => true,
			'config' => (object) $config->build( $customer, $this->store->cart(), $customer ? CustomData::for_user( $user_id ) : array() ),
		);
	}
}
