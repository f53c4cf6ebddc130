<?php
/**
 * Site Health: is the early proxy path's must-use loader in place?
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Install\EarlyLoader;

defined( 'ABSPATH' ) || exit;

/**
 * Good when the installed loader is exactly what this version writes; without it every vendor call
 * still works, through the slower late path, so a missing or outdated loader is a recommendation.
 */
final class EarlyPathCheck implements HealthCheck {

	/**
	 * Constructor.
	 *
	 * @param EarlyLoader $loader The loader.
	 */
	public function __construct( private EarlyLoader $loader ) {
	}

	public function id(): string {
		return 'early_path';
	}

	public function label(): string {
		return __( 'Commerce Bridge early proxy path', 'commerce-bridge' );
	}

	public function run(): HealthResult {
		$path = $this->loader->path();
		return match ( $this->loader->state() ) {
			EarlyLoader::CURRENT  => new HealthResult(
				HealthResult::GOOD,
				__( 'Vendor calls that need no shopper are answered before the other plugins load', 'commerce-bridge' ),
				/* translators: %s: file path */
				sprintf( __( 'The must-use loader %s is installed and matches this version of Commerce Bridge.', 'commerce-bridge' ), $path )
			),
			EarlyLoader::OUTDATED => new HealthResult(
				HealthResult::RECOMMENDED,
				__( 'The Commerce Bridge early path loader is from another version', 'commerce-bridge' ),
				/* translators: 1: file path, 2: version found, 3: plugin version */
				sprintf( __( '%1$s is version "%2$s" or was edited; Commerce Bridge %3$s rewrites it on the next admin page load when the directory is writable. Until then vendor calls may take the slower path through all plugins.', 'commerce-bridge' ), $path, $this->loader->installed_version(), $this->loader->version() )
			),
			default               => new HealthResult(
				HealthResult::RECOMMENDED,
				__( 'The Commerce Bridge early path loader is missing', 'commerce-bridge' ),
				/* translators: %s: file path */
				sprintf( __( '%s could not be written (is the must-use plugins directory writable?). Vendor calls still work but load WooCommerce and every plugin first, about ten times slower. It is written on the next admin page load once the directory is writable.', 'commerce-bridge' ), $path )
			),
		};
	}
}
