<?php
/**
 * Site Health: can the sidecar read the shop's database?
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Proxy\SidecarClient;

defined( 'ABSPATH' ) || exit;

/**
 * The sidecar reads WooCommerce's tables over its own connection (DATABASE_URL); its /health says
 * whether that connection answers a query. Without the sidecar there is nothing to ask: the sidecar
 * test reports that, this one recommends looking again.
 */
final class DatabaseCheck implements HealthCheck {

	/**
	 * Constructor.
	 *
	 * @param SidecarClient $client The site's sidecar.
	 */
	public function __construct( private SidecarClient $client ) {
	}

	public function id(): string {
		return 'sidecar_database';
	}

	public function label(): string {
		return __( 'Commerce Bridge sidecar database', 'commerce-bridge' );
	}

	public function run(): HealthResult {
		$health = SidecarHealth::fetch( $this->client );
		if ( ! $health->reachable ) {
			return new HealthResult( HealthResult::RECOMMENDED, __( 'The sidecar\'s database could not be checked', 'commerce-bridge' ), __( 'The sidecar does not answer (see the Commerce Bridge sidecar test); this test runs again once it does.', 'commerce-bridge' ) );
		}
		if ( 'ok' === $health->db ) {
			return new HealthResult( HealthResult::GOOD, __( 'The Commerce Bridge sidecar reads the shop database', 'commerce-bridge' ), __( 'The sidecar\'s own connection to the WordPress database answers queries.', 'commerce-bridge' ) );
		}
		return new HealthResult(
			HealthResult::CRITICAL,
			__( 'The Commerce Bridge sidecar cannot read the shop database', 'commerce-bridge' ),
			__( 'The sidecar runs but its database connection does not answer, so vendor calls get "service unavailable". Check DATABASE_URL and WP_TABLE_PREFIX in the sidecar\'s environment (the same database and table prefix as wp-config.php) and that the database user may read it.', 'commerce-bridge' )
		);
	}
}
