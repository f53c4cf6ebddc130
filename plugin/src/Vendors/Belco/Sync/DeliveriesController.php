<?php
/**
 * GET commerce-bridge/v1/settings/belco/deliveries: the Belco tab's view of the server calls.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco\Sync;

use CommerceBridge\Capability;
use CommerceBridge\Registerable;
use CommerceBridge\Rest\SettingsController;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * `{connection, deliveries}`: Belco's answer to the latest shops/connect (null before the first) and the
 * newest calls of every kind, as the shop owner reads them. Same capability as the settings.
 */
final class DeliveriesController implements Registerable {

	public const SHOWN = 25;

	/**
	 * Constructor.
	 *
	 * @param DeliveryLog $log   The deliveries log.
	 * @param Store       $store WooCommerce port (capability).
	 */
	public function __construct( private DeliveryLog $log, private Store $store ) {
	}

	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes(): void {
		register_rest_route(
			SettingsController::NAMESPACE,
			'/settings/belco/deliveries',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => fn () => rest_ensure_response( $this->view() ),
				'permission_callback' => fn () => current_user_can( Capability::required( $this->store ) ),
			)
		);
	}

	/** @return array{connection: array|null, deliveries: list<array>} */
	public function view(): array {
		$connection = $this->log->recent( 1, Payloads::CONNECT );
		return array(
			'connection' => $connection ? self::shape( $connection[0] ) : null,
			'deliveries' => array_map( array( self::class, 'shape' ), $this->log->recent( self::SHOWN ) ),
		);
	}

	/**
	 * A log row as the settings app reads it (dates ISO 8601 UTC).
	 *
	 * @param array<string, string> $row Log row.
	 */
	private static function shape( array $row ): array {
		return array(
			'id'         => (int) $row['id'],
			'kind'       => $row['kind'],
			'subjectId'  => (int) $row['subject_id'],
			'status'     => $row['status'],
			'attempts'   => (int) $row['attempts'],
			'httpStatus' => (int) $row['http_status'],
			'lastError'  => $row['last_error'],
			'createdAt'  => mysql_to_rfc3339( $row['created_at'] ) . 'Z',
			'updatedAt'  => mysql_to_rfc3339( $row['updated_at'] ) . 'Z',
		);
	}
}
