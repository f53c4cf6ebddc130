<?php
/**
 * Site Health: do the URLs the vendor platforms call answer through the site?
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Registry;
use CommerceBridge\Vendors\VendorModule;

defined( 'ABSPATH' ) || exit;

/**
 * For each enabled vendor, one call as its platform makes it (oct8ne's adapter info, Belco's orders
 * API and a Loymax feed with their tokens, Bambuser's product data) to the site's own URL, so the web
 * server, the proxy or direct path, the sidecar and the token are all on the way.
 */
final class VendorUrlsCheck implements HealthCheck {

	/**
	 * Constructor.
	 *
	 * @param Registry $registry Vendor modules.
	 * @param string   $base     Where the platforms call: the site's home URL without a trailing slash.
	 */
	public function __construct( private Registry $registry, private string $base ) {
	}

	public function id(): string {
		return 'vendor_urls';
	}

	public function label(): string {
		return __( 'Commerce Bridge vendor URLs', 'commerce-bridge' );
	}

	/**
	 * The call a vendor's platform makes, as [path and query, headers]; null for none.
	 *
	 * @param VendorModule $module An enabled vendor.
	 * @return array{0: string, 1: array<string, string>}|null
	 */
	public static function probe( VendorModule $module ): ?array {
		$values = $module->values();
		return match ( $module->id() ) {
			'oct8ne'   => array( '/oct8ne/frame/getAdapterInfo', array() ),
			'belco'    => array( '/commerce-bridge/belco/orders?limit=1&token=' . rawurlencode( (string) $values['ordersToken'] ), array() ),
			'loymax'   => array( '/commerce-bridge/loymax/categories?page%5Bsize%5D=1', array( 'Authorization' => 'Bearer ' . $values['feedToken'] ) ),
			'bambuser' => array( '/commerce-bridge/bambuser/products?q=a&pageSize=1', array() ),
			default    => null,
		};
	}

	public function run(): HealthResult {
		$failed = array();
		$passed = array();
		foreach ( $this->registry->all() as $module ) {
			$probe = $module->is_enabled() ? self::probe( $module ) : null;
			if ( null === $probe ) {
				continue;
			}
			$problem = $this->problem( $probe[0], $probe[1] );
			if ( null === $problem ) {
				$passed[] = $module->label();
			} else {
				/* translators: 1: vendor, 2: URL path, 3: what went wrong */
				$failed[] = sprintf( __( '%1$s: %2$s answered %3$s.', 'commerce-bridge' ), $module->label(), strtok( $probe[0], '?' ), $problem );
			}
		}
		return $this->result( $passed, $failed );
	}

	/**
	 * What is wrong with the answer to one call, null when it is a 200.
	 *
	 * @param string                $path    Path and query.
	 * @param array<string, string> $headers Request headers.
	 */
	private function problem( string $path, array $headers ): ?string {
		$answer = wp_remote_get(
			$this->base . $path,
			array(
				'timeout'     => 5,
				'redirection' => 0,
				'headers'     => $headers,
			)
		);
		if ( is_wp_error( $answer ) ) {
			return $answer->get_error_message();
		}
		$status = (int) wp_remote_retrieve_response_code( $answer );
		/* translators: %d: HTTP status */
		return 200 === $status ? null : sprintf( __( 'HTTP %d', 'commerce-bridge' ), $status );
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
				/* translators: %s: the failures */
				sprintf( __( '%s A 401 means the token is wrong or unset (rotate it under WooCommerce → Commerce Bridge and give the vendor the new URL); a 404 that the web server or a security plugin blocks the path; a 503 that the sidecar does not answer.', 'commerce-bridge' ), implode( ' ', $failed ) )
			);
		}
		if ( ! $passed ) {
			return new HealthResult( HealthResult::GOOD, __( 'No vendor is enabled', 'commerce-bridge' ), __( 'Once a vendor is enabled, this test calls its URLs as the vendor\'s platform does.', 'commerce-bridge' ) );
		}
		/* translators: %s: vendor names */
		return new HealthResult( HealthResult::GOOD, __( 'Vendor platforms reach this shop through its URLs', 'commerce-bridge' ), sprintf( __( 'Called as the vendor platform calls them, through the site\'s own address: %s.', 'commerce-bridge' ), implode( ', ', $passed ) ) );
	}
}
