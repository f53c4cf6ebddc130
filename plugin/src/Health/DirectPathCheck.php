<?php
/**
 * Site Health: does the web server send identity-free vendor calls straight to the sidecar?
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

defined( 'ABSPATH' ) || exit;

/**
 * Asks the site's own URL for an identity-free call; only the sidecar reached by the direct path marks
 * its answer with X-Commerce-Bridge-Direct (WordPress's proxy never passes that header either way).
 * The direct path is optional (not every host lets a site configure its web server): without it the
 * result is a recommendation.
 */
final class DirectPathCheck implements HealthCheck {

	/** An identity-free call every store answers, also while oct8ne is off. */
	public const PROBE = '/oct8ne/frame/getAdapterInfo';

	public const HEADER = 'x-commerce-bridge-direct';

	public function id(): string {
		return 'direct_path';
	}

	public function label(): string {
		return __( 'Commerce Bridge direct path', 'commerce-bridge' );
	}

	public function run(): HealthResult {
		$answer = wp_remote_get(
			home_url( self::PROBE ),
			array(
				'timeout'     => 3,
				'redirection' => 0,
				// A request to the site itself, as WordPress's own loopback checks make it.
				'sslverify'   => apply_filters( 'https_local_ssl_verify', false ), // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's own filter.
			)
		);
		$origin = DirectPathConfig::for_site()->sidecar_origin();
		if ( is_wp_error( $answer ) ) {
			/* translators: 1: URL path, 2: error message */
			return $this->recommend( sprintf( __( 'The site did not answer %1$s: %2$s', 'commerce-bridge' ), self::PROBE, $answer->get_error_message() ) );
		}
		if ( '1' === wp_remote_retrieve_header( $answer, self::HEADER ) ) {
			return new HealthResult(
				HealthResult::GOOD,
				__( 'The web server sends identity-free vendor calls straight to the sidecar', 'commerce-bridge' ),
				/* translators: %s: sidecar address */
				sprintf( __( 'Product data, search, order look-ups and feeds for the vendors are answered by the sidecar at %s without starting PHP; calls that need the shopper still go through WordPress.', 'commerce-bridge' ), $origin )
			);
		}
		/* translators: %s: sidecar address */
		return $this->recommend( sprintf( __( 'Identity-free vendor calls go through PHP. Where you can configure the web server, add the configuration shown under WooCommerce → Commerce Bridge → Direct path (it sends them to the sidecar at %s) and they are answered in a few milliseconds.', 'commerce-bridge' ), $origin ) );
	}

	/**
	 * The recommendation when the direct path is not in place.
	 *
	 * @param string $description Why, and what to do.
	 */
	private function recommend( string $description ): HealthResult {
		return new HealthResult( HealthResult::RECOMMENDED, __( 'Vendor calls could skip PHP with the direct path', 'commerce-bridge' ), $description );
	}
}
