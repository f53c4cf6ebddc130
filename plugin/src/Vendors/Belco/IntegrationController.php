<?php
/**
 * Admin routes of Belco's custom integrations: the URLs to paste into Belco, token rotation.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco;

use CommerceBridge\Capability;
use CommerceBridge\Install\Installer;
use CommerceBridge\Registerable;
use CommerceBridge\Rest\SettingsController;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * GET settings/belco/integration and POST settings/belco/rotate-orders-token. The URLs carry the
 * orders token, a secret: only these routes (same capability as the settings)
 * ever show it.
 */
final class IntegrationController implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param BelcoModule $module Belco settings.
	 * @param Store       $store  WooCommerce port (capability).
	 */
	public function __construct( private BelcoModule $module, private Store $store ) {
	}

	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes(): void {
		$base = '/settings/' . $this->module->id();
		register_rest_route(
			SettingsController::NAMESPACE,
			$base . '/integration',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => fn () => rest_ensure_response( $this->urls() ),
				'permission_callback' => array( $this, 'can_manage' ),
			)
		);
		register_rest_route(
			SettingsController::NAMESPACE,
			$base . '/rotate-orders-token',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'rotate' ),
				'permission_callback' => array( $this, 'can_manage' ),
			)
		);
	}

	/** A new orders token: the old URLs stop working at once (the sidecar re-reads settings within 5 s). */
	public function rotate(): \WP_REST_Response {
		$this->module->update( array( 'ordersToken' => Installer::token( 24 ) ) );
		return rest_ensure_response( $this->urls() );
	}

	public function can_manage(): bool {
		return current_user_can( Capability::required( $this->store ) );
	}

	/** @return array{ordersUrl: string, frameUrl: string} '' while no token is set. */
	public function urls(): array {
		$token = (string) $this->module->values()['ordersToken'];
		$url   = fn ( string $path ) => '' === $token ? '' : add_query_arg( 'token', rawurlencode( $token ), home_url( '/commerce-bridge/belco/' . $path ) );
		return array(
			'ordersUrl' => $url( 'orders' ),
			'frameUrl'  => $url( 'frame' ),
		);
	}
}
