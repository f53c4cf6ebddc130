<?php
/**
 * Link-up: the shop's oct8ne credentials from the admin's oct8ne e-mail and password.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Capability;
use CommerceBridge\Registerable;
use CommerceBridge\Rest\SettingsController;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * `POST commerce-bridge/v1/settings/oct8ne/link-up` asks oct8ne's link-up endpoint (fact sheet §5.6) for
 * the API token, license and hosts, and stores them. The password is sent once and never stored.
 * `DELETE` on the same route unlinks: it forgets what link-up stored, so the storefront stops loading
 * oct8ne and the platform's calls are refused, as oct8ne's own plugin does on unlink.
 */
final class LinkUp implements Registerable {

	public const DEFAULT_URL = 'https://backoffice.oct8ne.com/platformConnection/linkup';

	/**
	 * Constructor.
	 *
	 * @param Oct8neModule $module Settings written on success.
	 * @param Store        $store  WooCommerce port (capability).
	 */
	public function __construct( private Oct8neModule $module, private Store $store ) {
	}

	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_route' ) );
	}

	/** What link-up writes, and unlink clears. */
	private const LINKED_KEYS = array( 'apiToken', 'license', 'server', 'staticServer', 'email' );

	public function register_route(): void {
		$permission = fn () => current_user_can( Capability::required( $this->store ) );
		register_rest_route(
			SettingsController::NAMESPACE,
			'/settings/oct8ne/link-up',
			array(
				'methods'             => \WP_REST_Server::DELETABLE,
				'callback'            => array( $this, 'unlink' ),
				'permission_callback' => $permission,
			)
		);
		register_rest_route(
			SettingsController::NAMESPACE,
			'/settings/oct8ne/link-up',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'handle' ),
				'permission_callback' => $permission,
				'args'                => array(
					'email'    => array(
						'type'              => 'string',
						'format'            => 'email',
						'required'          => true,
						'maxLength'         => 254,
						'validate_callback' => 'rest_validate_request_arg',
						'sanitize_callback' => 'sanitize_email',
					),
					'password' => array(
						'type'              => 'string',
						'required'          => true,
						'minLength'         => 1,
						'maxLength'         => 255,
						'validate_callback' => 'rest_validate_request_arg',
					),
				),
			)
		);
	}

	/**
	 * Links up and answers the new VendorSettings, or a WP_Error with the reason.
	 *
	 * @param \WP_REST_Request $request Validated request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function handle( \WP_REST_Request $request ) {
		$linked = $this->link( (string) $request['email'], (string) $request['password'] );
		if ( is_wp_error( $linked ) ) {
			return $linked;
		}
		return self::settings_response();
	}

	/** Forgets token, license, hosts and e-mail; answers the new VendorSettings. */
	public function unlink(): \WP_REST_Response {
		$this->module->update( array_fill_keys( self::LINKED_KEYS, '' ) );
		return self::settings_response();
	}

	/** The settings route owns the VendorSettings shape; ask it rather than rebuild it. */
	private static function settings_response(): \WP_REST_Response {
		return rest_ensure_response( rest_do_request( new \WP_REST_Request( 'GET', '/' . SettingsController::NAMESPACE . '/settings/oct8ne' ) )->get_data() );
	}

	/**
	 * Calls oct8ne and stores token, license, hosts and e-mail on success.
	 *
	 * @param string $email    oct8ne account e-mail.
	 * @param string $password oct8ne account password (not stored).
	 * @return true|\WP_Error
	 */
	public function link( string $email, string $password ) {
		$response = wp_remote_post( self::endpoint(), self::request( $email, $password ) );
		if ( is_wp_error( $response ) ) {
			/* translators: %s: transport error. */
			return self::error( 'unreachable', sprintf( __( 'oct8ne could not be reached: %s', 'commerce-bridge' ), $response->get_error_message() ), 502 );
		}
		$answer = json_decode( wp_remote_retrieve_body( $response ), true );
		$answer = is_array( $answer ) ? array_change_key_case( $answer, CASE_LOWER ) : array();
		$linked = self::linked_values( $answer, $email );
		if ( null === $linked ) {
			return self::failure( (int) wp_remote_retrieve_response_code( $response ), $answer );
		}
		$this->module->update( $linked );
		return true;
	}

	/**
	 * The link-up call of fact sheet §5.6: JSON, no redirects (the password must not follow one).
	 *
	 * @param string $email    oct8ne account e-mail.
	 * @param string $password oct8ne account password.
	 */
	private static function request( string $email, string $password ): array {
		return array(
			'timeout'     => 15,
			'redirection' => 0,
			'headers'     => array(
				'Content-Type' => 'application/json;charset=UTF-8',
				'Accept'       => 'application/json',
			),
			'body'        => wp_json_encode(
				array(
					'email'          => $email,
					'pass'           => $password,
					'platform'       => 'wordpress',
					'urlDomain'      => site_url(),
					'statusPlatform' => true,
				)
			),
		);
	}

	/**
	 * What link-up stores, or null when the answer lacks a plain API token and license.
	 *
	 * @param array  $answer Decoded answer, keys lower-cased.
	 * @param string $email  oct8ne account e-mail.
	 * @return array<string, string>|null
	 */
	private static function linked_values( array $answer, string $email ): ?array {
		$token   = self::token( $answer['apitoken'] ?? null );
		$license = self::token( $answer['licenseid'] ?? null );
		if ( '' === $token || '' === $license ) {
			return null;
		}
		return array(
			'apiToken'     => $token,
			'license'      => $license,
			'server'       => Hosts::normalize( is_string( $answer['server'] ?? null ) ? $answer['server'] : '' ),
			'staticServer' => Hosts::normalize( is_string( $answer['urlstatic'] ?? null ) ? $answer['urlstatic'] : '' ),
			'email'        => $email,
		);
	}

	/** The link-up URL: oct8ne's, or a stand-in set by the constant or the filter (tests, staging). */
	public static function endpoint(): string {
		$url = defined( 'COMMERCE_BRIDGE_OCT8NE_LINKUP_URL' ) ? (string) COMMERCE_BRIDGE_OCT8NE_LINKUP_URL : self::DEFAULT_URL;
		return (string) apply_filters( 'commerce_bridge_oct8ne_linkup_url', $url );
	}

	/**
	 * Why an answer without credentials failed: oct8ne's own message when it gave one.
	 *
	 * @param int   $status HTTP status of oct8ne's answer.
	 * @param array $answer Decoded answer, keys lower-cased.
	 */
	private static function failure( int $status, array $answer ): \WP_Error {
		$message = is_string( $answer['message'] ?? null ) ? mb_substr( sanitize_text_field( $answer['message'] ), 0, 300 ) : '';
		if ( '' !== $message && $status < 500 ) {
			/* translators: %s: oct8ne's message. */
			return self::error( 'rejected', sprintf( __( 'oct8ne refused the link-up: %s', 'commerce-bridge' ), $message ), 400 );
		}
		if ( $status < 200 || $status >= 300 ) {
			/* translators: %d: HTTP status code. */
			return self::error( 'upstream_error', sprintf( __( 'oct8ne answered with HTTP %d; try again later.', 'commerce-bridge' ), $status ), 502 );
		}
		return self::error( 'malformed', __( 'oct8ne\'s answer did not contain an API token and a license.', 'commerce-bridge' ), 502 );
	}

	/**
	 * A credential from the answer, '' unless it is a plain token.
	 *
	 * @param mixed $value Answer value.
	 */
	private static function token( $value ): string {
		return is_string( $value ) && preg_match( '/^[A-Za-z0-9-]{8,128}$/', $value ) ? $value : '';
	}

	private static function error( string $code, string $message, int $status ): \WP_Error {
		return new \WP_Error( 'commerce_bridge_oct8ne_' . $code, $message, array( 'status' => $status ) );
	}
}
