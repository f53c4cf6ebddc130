<?php
/**
 * POSTs signed JSON to Belco's API.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco\Sync;

defined( 'ABSPATH' ) || exit;

/**
 * Only the queue calls this, never a shopper's request: it waits for Belco's answer (up to the timeout).
 */
final class Client {

	public const DEFAULT_URL = 'https://api.belco.io';

	/**
	 * Constructor.
	 *
	 * @param string $base_url API base URL without a trailing slash.
	 * @param int    $timeout  Seconds to wait for an answer.
	 */
	public function __construct( private string $base_url, private int $timeout ) {
	}

	/**
	 * Belco's API, or COMMERCE_BRIDGE_BELCO_API_URL / the commerce_bridge_belco_api_url filter (tests point it at
	 * a local recorder; not an owner's setting). The commerce_bridge_belco_timeout filter changes the 5 s wait.
	 */
	public static function for_site(): self {
		$url = defined( 'COMMERCE_BRIDGE_BELCO_API_URL' ) ? (string) COMMERCE_BRIDGE_BELCO_API_URL : self::DEFAULT_URL;
		return new self(
			untrailingslashit( (string) apply_filters( 'commerce_bridge_belco_api_url', $url ) ),
			max( 1, (int) apply_filters( 'commerce_bridge_belco_timeout', 5 ) )
		);
	}

	/**
	 * Sends $body as JSON, signed over the exact bytes sent.
	 *
	 * @param string $path   API path, e.g. /sync/customer.
	 * @param array  $body   Request body.
	 * @param Signer $signer The shop's signer.
	 */
	public function post( string $path, array $body, Signer $signer ): Answer {
		$json = (string) wp_json_encode( $body );
		return Answer::from(
			wp_remote_post(
				$this->base_url . $path,
				array(
					'headers'     => $signer->headers( $json ),
					'body'        => $json,
					'timeout'     => $this->timeout,
					'redirection' => 0,
				)
			)
		);
	}
}
