<?php
/**
 * "Verify": one call to a vendor's public endpoint through the site's own URL, as its platform makes it.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors;

use CommerceBridge\Health\DirectPathCheck;
use CommerceBridge\Proxy\Relay;

defined( 'ABSPATH' ) || exit;

/**
 * The one owner of the call a vendor's platform makes: the settings app's Verify and Site Health's
 * vendor URLs test (VendorUrlsCheck) both use it, so both check and explain the same thing. The report
 * names the path, never the query or a header: those carry the vendor's token.
 */
final class Verifier {

	/**
	 * Constructor.
	 *
	 * @param string $base    Where the platforms call: the site's home URL without a trailing slash.
	 * @param int    $timeout Seconds to wait for the answer (Site Health, calling every vendor, waits less).
	 */
	public function __construct( private string $base, private int $timeout = 10 ) {
	}

	/** The verifier for this site's own address. */
	public static function for_site(): self {
		return new self( untrailingslashit( home_url() ) );
	}

	/**
	 * The call a vendor's platform makes, as [path and query, headers]; null for none.
	 *
	 * @param VendorModule $module A vendor.
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

	/**
	 * Calls the vendor's endpoint and reports.
	 *
	 * @param VendorModule $module Vendor.
	 * @return array{ok: bool, status: int, latencyMs: int, path: string, answeredBy: string, message: string}
	 */
	public function verify( VendorModule $module ): array {
		$probe = self::probe( $module );
		$path  = null === $probe ? '' : (string) strtok( $probe[0], '?' );
		if ( null === $probe || ! $module->is_enabled() ) {
			/* translators: %s: vendor name. */
			return self::report( false, 0, 0, $path, '', sprintf( __( '%s is switched off: switch it on and save, then verify.', 'commerce-bridge' ), $module->label() ) );
		}
		$started = microtime( true );
		$answer  = wp_remote_get(
			$this->base . $probe[0],
			array(
				'timeout'     => $this->timeout,
				'redirection' => 0,
				'headers'     => $probe[1],
			)
		);
		$latency = (int) round( ( microtime( true ) - $started ) * 1000 );
		if ( is_wp_error( $answer ) ) {
			/* translators: 1: the transport's error, 2: the site's address. */
			return self::report( false, 0, $latency, $path, '', sprintf( __( 'The site could not call itself (%1$s). Some hosts block a site\'s requests to its own address; ask your host to allow requests to %2$s.', 'commerce-bridge' ), $answer->get_error_message(), $this->base ) );
		}
		$status = (int) wp_remote_retrieve_response_code( $answer );
		$by     = self::answered_by( $answer );
		$moved  = $status >= 300 && $status < 400 ? self::redirect( $answer, $status ) : null;
		return self::report( 200 === $status && '' !== $by, $status, $latency, $path, $by, $moved ?? self::explain( $module, $status, $by, $latency ) );
	}

	/**
	 * A redirect in plain words; the target without its query (it may repeat the token).
	 *
	 * @param array $answer wp_remote_get() response.
	 * @param int   $status 3xx status.
	 */
	private static function redirect( array $answer, int $status ): string {
		$target = (string) strtok( (string) wp_remote_retrieve_header( $answer, 'location' ), '?' );
		/* translators: 1: HTTP status, 2: URL without its query. */
		return sprintf( __( 'The site redirects this call (%1$d to %2$s); vendor platforms do not follow redirects. Make the site address under Settings → General match the address the site redirects to, and check redirect rules and plugins.', 'commerce-bridge' ), $status, $target );
	}

	/**
	 * Which way the call reached the sidecar: 'direct' (web server straight to the sidecar), 'early' or
	 * 'late' (through WordPress), '' when the answer did not come from Commerce Bridge at all.
	 *
	 * @param array $answer wp_remote_get() response.
	 */
	private static function answered_by( array $answer ): string {
		if ( '1' === wp_remote_retrieve_header( $answer, DirectPathCheck::HEADER ) ) {
			return 'direct';
		}
		return (string) wp_remote_retrieve_header( $answer, Relay::PATH_HEADER );
	}

	/**
	 * What the answer means and what to do about it.
	 *
	 * @param VendorModule $module  Vendor.
	 * @param int          $status  HTTP status.
	 * @param string       $by      answered_by().
	 * @param int          $latency Milliseconds.
	 */
	private static function explain( VendorModule $module, int $status, string $by, int $latency ): string {
		$name = $module->label();
		return match ( true ) {
			/* translators: 1: vendor name, 2: milliseconds, 3: early, late or direct. */
			200 === $status && '' !== $by => sprintf( __( '%1$s can reach this shop: the endpoint answered in %2$d ms (%3$s path).', 'commerce-bridge' ), $name, $latency, $by ),
			200 === $status => __( 'Something other than Commerce Bridge answered (no X-Commerce-Bridge-Path header): a page cache, a CDN or another plugin serves this path. Exclude it from caching.', 'commerce-bridge' ),
			404 === $status => __( 'Not found (404): WordPress does not route this path. Re-save Settings → Permalinks (that rewrites the rules) and make sure the web server and security plugins pass the path to WordPress. Just switched the vendor on? The sidecar sees it within a few seconds: verify again.', 'commerce-bridge' ),
			503 === $status => __( 'The sidecar does not answer (503): start it, or check the sidecar address in the status panel. Vendor calls fail until it is back.', 'commerce-bridge' ),
			/* translators: %s: vendor name. */
			in_array( $status, array( 401, 403 ), true ) => sprintf( __( 'The token was refused (401/403): rotate it here (oct8ne: link up again) and give %s the new URL.', 'commerce-bridge' ), $name ),
			429 === $status => __( 'Too many wrong tokens from this server (429): wait a minute and verify again.', 'commerce-bridge' ),
			/* translators: %d: HTTP status. */
			default => sprintf( __( 'The endpoint answered HTTP %d: see the sidecar\'s log.', 'commerce-bridge' ), $status ),
		};
	}

	/**
	 * The report the settings app shows.
	 *
	 * @param bool   $ok      The platform can reach the shop.
	 * @param int    $status  HTTP status, 0 when there was no answer.
	 * @param int    $latency Milliseconds.
	 * @param string $path    URL path called (no query: it may hold the token).
	 * @param string $by      answered_by().
	 * @param string $message Plain-language verdict.
	 */
	private static function report( bool $ok, int $status, int $latency, string $path, string $by, string $message ): array {
		return array(
			'ok'         => $ok,
			'status'     => $status,
			'latencyMs'  => $latency,
			'path'       => $path,
			'answeredBy' => $by,
			'message'    => $message,
		);
	}
}
