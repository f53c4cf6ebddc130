<?php
/**
 * REST API of the plugin-wide consent settings.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Consent;

use CommerceBridge\Capability;
use CommerceBridge\Registerable;
use CommerceBridge\Rest\SettingsController;
use CommerceBridge\Rest\SettingsInput;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * GET|POST /settings/consent: the "require consent" switch, and whether the WP Consent API is there.
 */
final class ConsentController implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param Store $store WooCommerce port (capability).
	 */
	public function __construct( private Store $store ) {
	}

	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes(): void {
		$allowed = fn (): bool => current_user_can( Capability::required( $this->store ) );
		register_rest_route(
			SettingsController::NAMESPACE,
			'/settings/consent',
			array(
				array(
					'methods'             => \WP_REST_Server::READABLE,
					'callback'            => fn () => rest_ensure_response( self::current() ),
					'permission_callback' => $allowed,
				),
				array(
					'methods'             => \WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'update' ),
					'permission_callback' => $allowed,
				),
			)
		);
	}

	/**
	 * Stores `requireConsent` when it is the only key and a boolean; 400 otherwise.
	 *
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function update( \WP_REST_Request $request ) {
		$body     = $request->get_json_params();
		$problems = is_array( $body ) ? SettingsInput::problems( $body, array( ConsentSettings::REQUIRE => array( 'type' => 'boolean' ) ) ) : array();
		if ( ! is_array( $body ) || array_keys( $body ) !== array( ConsentSettings::REQUIRE ) || $problems ) {
			return self::invalid( $problems );
		}
		ConsentSettings::set_required( $body[ ConsentSettings::REQUIRE ] );
		return rest_ensure_response( self::current() );
	}

	/**
	 * The one 400 of this route, with SettingsInput's per-field problems when there were any.
	 *
	 * @param array<string, string> $problems Field => problem.
	 */
	private static function invalid( array $problems ): \WP_Error {
		return new \WP_Error(
			'rest_invalid_param',
			__( 'Send {"requireConsent": true} or {"requireConsent": false}.', 'commerce-bridge' ),
			array(
				'status' => 400,
				'params' => $problems,
			)
		);
	}

	/** The settings as the settings app shows them. */
	private static function current(): array {
		return array(
			ConsentSettings::REQUIRE => ConsentSettings::required(),
			'consentApi'             => ConsentSettings::api_present(),
		);
	}
}
