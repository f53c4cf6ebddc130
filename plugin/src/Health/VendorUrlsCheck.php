<?php
/**
 * Site Health: do the URLs the vendor platforms call answer through the site?
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Registry;
use CommerceBridge\Vendors\Verifier;

defined( 'ABSPATH' ) || exit;

/**
 * For each enabled vendor, the settings app's Verify call (Verifier: oct8ne's adapter info, Belco's
 * orders API and a Loymax feed with their tokens, Bambuser's product data) to the site's own URL, so
 * the web server, the proxy or direct path, the sidecar and the token are all on the way, and each
 * failure is explained in the same words as Verify's.
 */
final class VendorUrlsCheck implements HealthCheck {

	/** Seconds per vendor: Site Health waits for every enabled vendor in one request. */
	private const TIMEOUT = 5;

	private Verifier $verifier;

	/**
	 * Constructor.
	 *
	 * @param Registry $registry Vendor modules.
	 * @param string   $base     Where the platforms call: the site's home URL without a trailing slash.
	 */
	public function __construct( private Registry $registry, string $base ) {
		$this->verifier = new Verifier( $base, self::TIMEOUT );
	}

	public function id(): string {
		return 'vendor_urls';
	}

	public function label(): string {
		return __( 'Commerce Bridge vendor URLs', 'commerce-bridge' );
	}

	public function run(): HealthResult {
		$failed = array();
		$passed = array();
		foreach ( $this->registry->all() as $module ) {
			if ( ! $module->is_enabled() || null === Verifier::probe( $module ) ) {
				continue;
			}
			$report = $this->verifier->verify( $module );
			if ( $report['ok'] ) {
				$passed[] = $module->label();
				continue;
			}
			/* translators: %d: HTTP status */
			$answer   = $report['status'] ? sprintf( __( 'HTTP %d', 'commerce-bridge' ), $report['status'] ) : __( 'nothing', 'commerce-bridge' );
			/* translators: 1: vendor, 2: URL path, 3: HTTP status or "nothing", 4: what it means and what to do */
			$failed[] = sprintf( __( '%1$s: %2$s answered %3$s. %4$s', 'commerce-bridge' ), $module->label(), $report['path'], $answer, $report['message'] );
		}
		return $this->result( $passed, $failed );
	}

	/**
	 * The result for the vendors that answered and those that did not.
	 *
	 * @param list<string> $passed Vendor labels.
	 * @param list<string> $failed One line per failure.
	 */
	private function result( array $passed, array $failed ): HealthResult {
		if ( $failed ) {
			return new HealthResult(
				HealthResult::CRITICAL,
				__( 'Vendor platforms cannot reach this shop through its URLs', 'commerce-bridge' ),
				/* translators: %s: one line per vendor that failed, with what to do */
				sprintf( __( '%s The settings page (WooCommerce → Commerce Bridge) has a Verify button per vendor to try again once fixed.', 'commerce-bridge' ), implode( ' ', $failed ) )
			);
		}
		if ( ! $passed ) {
			return new HealthResult( HealthResult::GOOD, __( 'No vendor is enabled', 'commerce-bridge' ), __( 'Once a vendor is enabled, this test calls its URLs as the vendor\'s platform does.', 'commerce-bridge' ) );
		}
		/* translators: %s: vendor names */
		return new HealthResult( HealthResult::GOOD, __( 'Vendor platforms reach this shop through its URLs', 'commerce-bridge' ), sprintf( __( 'Called as the vendor platform calls them, through the site\'s own address: %s.', 'commerce-bridge' ), implode( ', ', $passed ) ) );
	}
}
