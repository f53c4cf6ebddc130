<?php
/**
 * Signs the identity context of forwarded requests.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * HMAC-SHA256 over "user\nsession\ntime\nMETHOD\nrequestUri" with BRIDGE_SECRET (docs/architecture.md).
 */
final class IdentitySigner {

	/**
	 * Constructor.
	 *
	 * @param string $secret BRIDGE_SECRET.
	 */
	public function __construct( private string $secret ) {
	}

	/**
	 * The four identity headers; none without a secret (an empty key would be forgeable).
	 *
	 * @param int    $user        WordPress user id, 0 for guests.
	 * @param string $session     WooCommerce session customer key or ''.
	 * @param string $method      HTTP method.
	 * @param string $request_uri Path and query exactly as sent to the sidecar.
	 * @param int    $time        Unix seconds.
	 * @return array<string, string>
	 */
	public function headers( int $user, string $session, string $method, string $request_uri, int $time ): array {
		if ( '' === $this->secret ) {
			return array();
		}
		return array(
			'X-Commerce-Bridge-User'      => (string) $user,
			'X-Commerce-Bridge-Session'   => $session,
			'X-Commerce-Bridge-Time'      => (string) $time,
			'X-Commerce-Bridge-Signature' => $this->signature( $user, $session, $method, $request_uri, $time ),
		);
	}

	/**
	 * Lowercase hex signature.
	 *
	 * @param int    $user        WordPress user id.
	 * @param string $session     Session key.
	 * @param string $method      HTTP method.
	 * @param string $request_uri Path and query.
	 * @param int    $time        Unix seconds.
	 */
	public function signature( int $user, string $session, string $method, string $request_uri, int $time ): string {
		return hash_hmac( 'sha256', implode( "\n", array( $user, $session, $time, strtoupper( $method ), $request_uri ) ), $this->secret );
	}
}
