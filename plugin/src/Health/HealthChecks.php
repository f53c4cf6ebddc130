<?php
/**
 * The plugin's Site Health tests.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Install\EarlyLoader;
use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * The explicit list of tests (one line each) and their registration with `site_status_tests`.
 */
final class HealthChecks implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param EarlyLoader $loader Must-use loader of the early proxy path.
	 */
	public function __construct( private EarlyLoader $loader ) {
	}

	/** @return list<HealthCheck> */
	public function all(): array {
		return array(
			new EarlyPathCheck( $this->loader ),
		);
	}

	public function register(): void {
		add_filter( 'site_status_tests', array( $this, 'add_tests' ) );
	}

	/**
	 * Adds every test as a direct one.
	 *
	 * @param array $tests Site Health tests by type.
	 */
	public function add_tests( array $tests ): array {
		foreach ( $this->all() as $check ) {
			$id                     = 'commerce_bridge_' . $check->id();
			$tests['direct'][ $id ] = array(
				'label' => $check->label(),
				'test'  => static fn () => $check->run()->to_site_health( $id ),
			);
		}
		return $tests;
	}
}
