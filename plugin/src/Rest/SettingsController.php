<?php
/**
 * REST API of the vendor settings.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Rest;

use CommerceBridge\Capability;
use CommerceBridge\Health\SidecarHealth;
use CommerceBridge\Health\VendorKeys;
use CommerceBridge\Proxy\SidecarClient;
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

	/** The sidecar's answer, asked once per request for every vendor's checklist. */
	private ?SidecarHealth $sidecar = null;

	/**
	 * Constructor.
	 *
	 * @param Registry           $registry Vendor modules.
	 * @param Store              $store    WooCommerce port (capability).
	 * @param SidecarClient|null $client   The site's sidecar (checklists); null: the configured one.
	 */
	public function __construct( private Registry $registry, private Store $store, private ?SidecarClient $client = null ) {
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
	 * The VendorSettings shape of docs/architecture.md: the values, and the state and checklist they give.
	 *
	 * @param VendorModule $module Vendor.
	 */
	public function vendor_settings( VendorModule $module ): array {
		$this->sidecar ??= SidecarHealth::fetch( $this->client ?? SidecarClient::for_site() );
		return array(
			'id'     => $module->id(),
			'label'  => $module->label(),
			'schema' => $this->schema_for_user( $module->schema() ),
			'values' => $module->redacted_values(),
		) + VendorChecklist::for_module( $module, $this->sidecar );
	}

	/**
	 * The schema as this user may use it: code fields are read-only without unfiltered_html.
	 *
	 * @param array $schema Vendor schema.
	 */
	private function schema_for_user( array $schema ): array {
		if ( current_user_can( 'unfiltered_html' ) ) {
			return $schema;
		}
		foreach ( $schema['properties'] as $key => $property ) {
			if ( SettingsInput::is_code( $property ) ) {
				$schema['properties'][ $key ]['readOnly'] = true;
			}
		}
		return $schema;
	}

	/**
	 * Stores the posted JSON values exactly as sent, or nothing: WordPress has validated the declared
	 * ones against the schema (enum, pattern, length) except nulls, which SettingsInput refuses.
	 *
	 * @param VendorModule     $module  Vendor.
	 * @param \WP_REST_Request $request Request.
	 * @return \WP_REST_Response|\WP_Error
	 */
	private function update( VendorModule $module, \WP_REST_Request $request ) {
		$body    = $request->get_json_params();
		$refusal = is_array( $body )
			? self::refusal( $module, $body )
			: new \WP_Error( 'rest_invalid_json', __( 'Send the settings as a JSON object.', 'commerce-bridge' ), array( 'status' => 400 ) );
		if ( null !== $refusal ) {
			return $refusal;
		}
		$module->update( $body );
		return rest_ensure_response( $this->vendor_settings( $module ) );
	}

	/**
	 * Why the values may not be stored, null when they may: unknown keys, code fields without
	 * unfiltered_html, schema problems, the vendor's own rule, then an incomplete switch-on, in that order.
	 *
	 * @param VendorModule $module Vendor.
	 * @param array        $body   Posted JSON object.
	 */
	private static function refusal( VendorModule $module, array $body ): ?\WP_Error {
		$properties = $module->schema()['properties'];
		$unknown    = array_diff_key( $body, $module->defaults() );
		if ( $unknown ) {
			return self::invalid( self::unknown( array_keys( $unknown ) ) );
		}
		$code = array_keys( array_filter( array_intersect_key( $properties, $body ), array( SettingsInput::class, 'is_code' ) ) );
		if ( $code && ! current_user_can( 'unfiltered_html' ) ) {
			return self::code_forbidden( $code );
		}
		$problems = SettingsInput::problems( $body, $properties );
		if ( $problems ) {
			return self::invalid( $problems );
		}
		$problem = $module->validate( $body );
		if ( null !== $problem ) {
			return new \WP_Error( 'rest_invalid_param', $problem, array( 'status' => 400 ) );
		}
		$incomplete = self::incomplete_switch_on( $module, $body );
		return $incomplete ? self::invalid( $incomplete ) : null;
	}

	/**
	 * One message per posted key the vendor does not have.
	 *
	 * @param string[] $keys Unknown keys.
	 * @return array<string, string> key => message.
	 */
	private static function unknown( array $keys ): array {
		$messages = array();
		foreach ( $keys as $key ) {
			/* translators: %s: parameter name. */
			$messages[ $key ] = sprintf( __( '%s is not a valid property of the settings.', 'commerce-bridge' ), $key );
		}
		return $messages;
	}

	/**
	 * 403: code fields run as script on every storefront page, so only unfiltered_html may change them.
	 *
	 * @param string[] $fields Posted code fields.
	 */
	private static function code_forbidden( array $fields ): \WP_Error {
		return new \WP_Error(
			'commerce_bridge_code_forbidden',
			/* translators: %s: comma-separated field names. */
			sprintf( __( 'Only users allowed to publish unfiltered HTML may change %s: it runs as script on every storefront page.', 'commerce-bridge' ), implode( ', ', $fields ) ),
			array( 'status' => 403 )
		);
	}

	/**
	 * Switching a vendor on needs its keys complete and well formed, so it never goes live half set up.
	 * A vendor already on saves as before (clearing one of its keys included: a restore or a rotation must
	 * not be refused); its checklist then says what is missing.
	 *
	 * @param VendorModule $module  Vendor.
	 * @param array        $changes Valid posted values.
	 * @return array<string, string> field => problem, empty when the save may go ahead.
	 */
	private static function incomplete_switch_on( VendorModule $module, array $changes ): array {
		if ( true !== ( $changes['enabled'] ?? null ) || $module->is_enabled() ) {
			return array();
		}
		return VendorKeys::problems( $module, array_merge( $module->values(), $changes ) );
	}

	/**
	 * WordPress's 400 for invalid parameters, with a message per field.
	 *
	 * @param array<string, string> $messages Field => message.
	 */
	private static function invalid( array $messages ): \WP_Error {
		return new \WP_Error(
			'rest_invalid_param',
			/* translators: %s: comma-separated parameter names. */
			sprintf( __( 'Invalid parameter(s): %s' ), implode( ', ', array_keys( $messages ) ) ), // phpcs:ignore WordPress.WP.I18n.MissingArgDomain -- WordPress's own message.
			array(
				'status' => 400,
				'params' => $messages,
			)
		);
	}

	/**
	 * REST args from the vendor schema: validated by WordPress, never rewritten (SettingsInput refuses
	 * what sanitizing would have changed).
	 *
	 * @param array $schema Vendor schema.
	 */
	private static function args( array $schema ): array {
		$args = array();
		foreach ( $schema['properties'] as $key => $property ) {
			$args[ $key ] = array(
				'required'          => false,
				'validate_callback' => static fn ( $value ) => FieldMessages::validate( $value, $property, (string) $key ),
				'sanitize_callback' => static fn ( $value ) => $value,
			) + $property;
		}
		return $args;
	}
}
