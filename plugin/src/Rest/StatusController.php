<?php
/**
 * REST API of the bridge's health.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Rest;

use CommerceBridge\Capability;
use CommerceBridge\Health\DirectPathCheck;
use CommerceBridge\Health\DirectPathConfig;
use CommerceBridge\Health\HealthResult;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Proxy\Response;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * GET /status: WooCommerce presence and the sidecar's /health, asked server-side. GET /status/direct-path:
 * the web-server configurations of the direct path for this site, and whether it is in place.
 */
final class StatusController implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param SidecarClient $client Sidecar client.
	 * @param Store         $store  WooCommerce port.
	 */
	public function __construct( private SidecarClient $client, private Store $store ) {
	}

	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes(): void {
		$routes = array(
			'/status'             => fn () => $this->status(),
			'/status/direct-path' => fn () => self::direct_path(),
		);
		foreach ( $routes as $route => $answer ) {
			register_rest_route(
				SettingsController::NAMESPACE,
				$route,
				array(
					'methods'             => \WP_REST_Server::READABLE,
					'callback'            => fn () => rest_ensure_response( $answer() ),
					'permission_callback' => fn () => current_user_can( Capability::required( $this->store ) ),
				)
			);
		}
	}

	/** The direct path's configurations for this site's sidecar, and the Site Health verdict. */
	public static function direct_path(): array {
		$config = DirectPathConfig::for_site();
		$check  = ( new DirectPathCheck() )->run();
		return array(
			'sidecarOrigin' => $config->sidecar_origin(),
			'configs'       => $config->all(),
			'active'        => HealthResult::GOOD === $check->status,
			'message'       => $check->description,
		);
	}

	public function status(): array {
		return array(
			'woocommerce' => array(
				'active'  => $this->store->is_active(),
				'version' => $this->store->version(),
			),
			'sidecar'     => $this->sidecar(),
		);
	}

	private function sidecar(): array {
		$started = hrtime( true );
		$answer  = $this->client->send( 'GET', '/health' );
		$health  = json_decode( $answer->body, true );
		$health  = is_array( $health ) ? $health : array();
		$db      = in_array( $health['db'] ?? null, array( 'ok', 'down' ), true ) ? $health['db'] : null;
		$status  = array(
			'url'       => $this->client->base_url(),
			'ok'        => 200 === $answer->status && 'ok' === ( $health['status'] ?? null ),
			'db'        => $db,
			'latencyMs' => 0 === $answer->status ? null : round( ( hrtime( true ) - $started ) / 1e6, 1 ),
		);
		return $status + self::failure( $answer, $status['ok'] );
	}

	/**
	 * Why the sidecar is not ok, last in the answer: the transport's error, or the HTTP status.
	 *
	 * @param Response        $answer The sidecar's answer to /health.
	 * @param bool            $ok     Whether it said it is healthy.
	 * @return array{error?: string}
	 */
	private static function failure( Response $answer, bool $ok ): array {
		if ( 0 === $answer->status ) {
			return array( 'error' => $answer->error );
		}
		return $ok ? array() : array( 'error' => 'HTTP ' . $answer->status );
	}
}
