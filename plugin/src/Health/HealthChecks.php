<?php
/**
 * The plugin's Site Health tests.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Install\EarlyLoader;
use CommerceBridge\Options;
use CommerceBridge\Proxy\SidecarClient;
use CommerceBridge\Registerable;
use CommerceBridge\Registry;
use CommerceBridge\Rest\SettingsController;

defined( 'ABSPATH' ) || exit;

/**
 * The explicit lists of tests (one line each) and their registration with `site_status_tests`. Tests
 * that wait for the network are asynchronous: the Site Health screen asks GET
 * /commerce-bridge/v1/site-health/<id> for each, with the capability WordPress's own tests require.
 */
final class HealthChecks implements Registerable {

	public const ROUTE = '/site-health/(?P<test>[a-z_]+)';

	/**
	 * Constructor.
	 *
	 * @param EarlyLoader   $loader   Must-use loader of the early proxy path.
	 * @param SidecarClient $client   The site's sidecar.
	 * @param Registry      $registry Vendor modules.
	 */
	public function __construct( private EarlyLoader $loader, private SidecarClient $client, private Registry $registry ) {
	}

	/** @return list<HealthCheck> tests answered while the Site Health page is built. */
	public function direct(): array {
		return array(
			new EarlyPathCheck( $this->loader ),
			new VendorSettingsCheck( $this->registry ),
		);
	}

	/** @return list<HealthCheck> tests that call the sidecar or the site's URL. */
	public function async(): array {
		return array(
			new SidecarCheck( $this->client, COMMERCE_BRIDGE_VERSION ),
			new DatabaseCheck( $this->client ),
			new SecretCheck( $this->client, Options::secret(), max( 1, get_current_user_id() ) ),
			new VendorUrlsCheck( $this->registry, untrailingslashit( home_url() ) ),
			new DirectPathCheck(),
		);
	}

	public function register(): void {
		add_filter( 'site_status_tests', array( $this, 'add_tests' ) );
		add_action( 'rest_api_init', array( $this, 'register_route' ) );
	}

	/**
	 * Adds the direct and the asynchronous tests.
	 *
	 * @param array $tests Site Health tests by type.
	 */
	public function add_tests( array $tests ): array {
		foreach ( $this->direct() as $check ) {
			$id                     = 'commerce_bridge_' . $check->id();
			$tests['direct'][ $id ] = array(
				'label' => $check->label(),
				'test'  => static fn () => $check->run()->to_site_health( $id ),
			);
		}
		foreach ( $this->async() as $check ) {
			$id                    = 'commerce_bridge_' . $check->id();
			$tests['async'][ $id ] = array(
				'label'             => $check->label(),
				'test'              => rest_url( SettingsController::NAMESPACE . '/site-health/' . $check->id() ),
				'has_rest'          => true,
				// Site Health's weekly cron and WP-CLI run it without the REST round trip.
				'async_direct_test' => static fn () => $check->run()->to_site_health( $id ),
			);
		}
		return $tests;
	}

	public function register_route(): void {
		register_rest_route(
			SettingsController::NAMESPACE,
			self::ROUTE,
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => fn ( \WP_REST_Request $request ) => $this->answer( (string) $request['test'] ),
				'permission_callback' => static fn () => current_user_can( 'view_site_health_checks' ),
			)
		);
	}

	/**
	 * One asynchronous test's result, 404 for an unknown id.
	 *
	 * @param string $test Test id without the prefix.
	 * @return \WP_REST_Response|\WP_Error
	 */
	private function answer( string $test ) {
		foreach ( $this->async() as $check ) {
			if ( $check->id() === $test ) {
				return rest_ensure_response( $check->run()->to_site_health( 'commerce_bridge_' . $test ) );
			}
		}
		return new \WP_Error( 'commerce_bridge_unknown_test', __( 'No such Site Health test.', 'commerce-bridge' ), array( 'status' => 404 ) );
	}
}
