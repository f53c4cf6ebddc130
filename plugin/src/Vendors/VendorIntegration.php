<?php
/**
 * Admin routes shared by every vendor: the URLs its platform is given, token rotation, Verify.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors;

use CommerceBridge\Capability;
use CommerceBridge\Install\Installer;
use CommerceBridge\Registerable;
use CommerceBridge\Rest\SettingsController;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * GET settings/<vendor>/integration, POST settings/<vendor>/rotate-token (when the shop issues the
 * token) and POST settings/<vendor>/verify. The URLs may carry a token, a secret: only these routes
 * (the settings' capability) ever show it. A vendor whose platform needs URLs extends this class.
 */
class VendorIntegration implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param VendorModule $module Vendor settings.
	 * @param Store        $store  WooCommerce port (capability).
	 */
	public function __construct( protected VendorModule $module, private Store $store ) {
	}

	/**
	 * The URLs to paste into the vendor's platform; empty while their token is unset.
	 *
	 * @return list<array{id: string, label: string, help: string, url: string}>
	 */
	public function urls(): array {
		return array();
	}

	/** The secret key that rotation replaces; null when the vendor issues the token itself. */
	public function token_key(): ?string {
		return null;
	}

	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes(): void {
		$routes = array(
			'integration' => array( \WP_REST_Server::READABLE, fn () => rest_ensure_response( $this->state() ) ),
			'verify'      => array( \WP_REST_Server::CREATABLE, fn () => rest_ensure_response( Verifier::for_site()->verify( $this->module ) ) ),
		);
		if ( null !== $this->token_key() ) {
			$routes['rotate-token'] = array( \WP_REST_Server::CREATABLE, array( $this, 'rotate' ) );
		}
		foreach ( $routes as $route => list( $methods, $callback ) ) {
			register_rest_route(
				SettingsController::NAMESPACE,
				'/settings/' . $this->module->id() . '/' . $route,
				array(
					'methods'             => $methods,
					'callback'            => $callback,
					'permission_callback' => array( $this, 'can_manage' ),
				)
			);
		}
	}

	/** A new token: the old URLs stop working at once (the sidecar re-reads settings within seconds). */
	public function rotate(): \WP_REST_Response {
		$this->module->update( array( (string) $this->token_key() => Installer::token( 24 ) ) );
		return rest_ensure_response( $this->state() );
	}

	public function can_manage(): bool {
		return current_user_can( Capability::required( $this->store ) );
	}

	/** @return array{urls: list<array>, rotatable: bool} */
	public function state(): array {
		return array(
			'urls'      => $this->urls(),
			'rotatable' => null !== $this->token_key(),
		);
	}

	/** The shop's current token, '' when unset or when the shop issues none. */
	protected function token(): string {
		$key = $this->token_key();
		return null === $key ? '' : (string) ( $this->module->values()[ $key ] ?? '' );
	}

	/**
	 * One URL on the site's address with the shop's token in `?token=`; '' while the token is unset.
	 *
	 * @param string $id    Stable id (tests, the settings app).
	 * @param string $label What the vendor calls the field it goes into.
	 * @param string $help  Where to paste it.
	 * @param string $path  Path under home_url().
	 */
	protected function tokened_url( string $id, string $label, string $help, string $path ): array {
		$token = $this->token();
		$url   = '' === $token ? '' : add_query_arg( 'token', rawurlencode( $token ), home_url( $path ) );
		return compact( 'id', 'label', 'help', 'url' );
	}
}
