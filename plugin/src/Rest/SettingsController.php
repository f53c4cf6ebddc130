<?php
/**
 * REST API of the vendor settings.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Rest;

use CommerceBridge\Capability;
use CommerceBridge\Registerable;
use CommerceBridge\Registry;
use CommerceBridge\Vendors\VendorModule;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * GET /settings, GET|POST /settings/<vendor>; validation comes from each vendor's schema.
 */
final class SettingsController implements Registerable {

	public const NAMESPACE = 'commerce-bridge/v1';

	/**
	 * Constructor.
	 *
	 * @param Registry $registry Vendor modules.
	 * @param Store    $store    WooCommerce port (capability).
	 */
	public function __construct( private Registry $registry, private Store $store ) {
	}

	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes(): void {
		register_rest_route(
			self::NAMESPACE,
			'/settings',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => fn () => rest_ensure_response( array_map( array( $this, 'vendor_settings' ), $this->registry->all() ) ),
				'permission_callback' => array( $this, 'can_manage' ),
			)
		);
		foreach ( $this->registry->all() as $module ) {
			register_rest_route(
				self::NAMESPACE,
				'/settings/' . $module->id(),
				array(
					array(
						'methods'             => \WP_REST_Server::READABLE,
						'callback'            => fn () => rest_ensure_response( $this->vendor_settings( $module ) ),
						'permission_callback' => array( $this, 'can_manage' ),
					),
					array(
						'methods'             => \WP_REST_Server::CREATABLE,
						'callback'            => fn ( \WP_REST_Request $request ) => $this->update( $module, $request ),
						'permission_callback' => array( $this, 'can_manage' ),
						'args'                => self::args( $module->schema() ),
					),
				)
			);
		}
	}

	public function can_manage(): bool {
		return current_user_can( Capability::required( $this->store ) );
	}

	/**
	 * The VendorSettings shape of docs/architecture.md.
	 *
	 * @param VendorModule $module Vendor.
	 */
	public function vendor_settings( VendorModule $module ): array {
		return array(
			'id'     => $module->id(),
			'label'  => $module->label(),
			'schema' => $module->schema(),
			'values' => $module->redacted_values(),
		);
	}

	/**
	 * Stores the posted keys; WordPress has already validated and sanitized the declared ones.
	 *
	 * @param VendorModule     $module  Vendor.
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	private function update( VendorModule $module, \WP_REST_Request $request ) {
		$body    = $request->get_json_params() ?? $request->get_body_params();
		$unknown = array_diff_key( is_array( $body ) ? $body : array(), $module->defaults() );
		if ( $unknown ) {
			$messages = array();
			foreach ( array_keys( $unknown ) as $key ) {
				/* translators: %s: parameter name. */
				$messages[ $key ] = sprintf( __( '%s is not a valid property of the settings.', 'commerce-bridge' ), $key );
			}
			return new \WP_Error(
				'rest_invalid_param',
				/* translators: %s: comma-separated parameter names. */
				sprintf( __( 'Invalid parameter(s): %s' ), implode( ', ', array_keys( $unknown ) ) ), // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- WordPress's own message.
				array(
					'status' => 400,
					'params' => $messages,
				)
			);
		}
		$changes = array_intersect_key( $request->get_params(), is_array( $body ) ? $body : array() );
		$problem = $module->validate( $changes );
		if ( null !== $problem ) {
			return new \WP_Error( 'rest_invalid_param', $problem, array( 'status' => 400 ) );
		}
		$module->update( $changes );
		return rest_ensure_response( $this->vendor_settings( $module ) );
	}

	/**
	 * REST args from the vendor schema; strings are also run through sanitize_text_field, except
	 * admin-authored code (contentMediaType), which that would corrupt (`<`, `%20`, line breaks).
	 *
	 * @param array $schema Vendor schema.
	 */
	private static function args( array $schema ): array {
		$args = array();
		foreach ( $schema['properties'] as $key => $property ) {
			$args[ $key ] = $property + array(
				'required'          => false,
				'validate_callback' => 'rest_validate_request_arg',
				'sanitize_callback' => static function ( $value, \WP_REST_Request $request, string $param ) use ( $property ) {
					$value = rest_sanitize_request_arg( $value, $request, $param );
					return is_string( $value ) && ! isset( $property['contentMediaType'] ) ? sanitize_text_field( $value ) : $value;
				},
			);
		}
		return $args;
	}
}
