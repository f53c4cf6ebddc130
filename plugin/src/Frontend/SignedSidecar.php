<?php
/**
 * The sidecar, asked on behalf of the current shopper.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Frontend;

use CommerceBridge\Options;
use CommerceBridge\Proxy\IdentitySigner;
use CommerceBridge\Proxy\Response;
use CommerceBridge\Proxy\SidecarClient;

defined( 'ABSPATH' ) || exit;

/**
 * GETs a sidecar route signed as the proxy signs a shopper's request (IdentitySigner), for the shopper routes
 * that answer from the sidecar's facts (ShopperFacts, Bambuser's purchase event).
 */
final class SignedSidecar {

	/**
	 * Constructor.
	 *
	 * @param SidecarClient $client The sidecar.
	 * @param string|null   $secret Shared secret that signs the identity; null: the site's, read when asking.
	 */
	public function __construct( private SidecarClient $client, private ?string $secret = null ) {
	}

	/** On the configured sidecar. */
	public static function for_site(): self {
		return new self( SidecarClient::for_site() );
	}

	/**
	 * The sidecar's answer to GET $request_uri as this shopper.
	 *
	 * @param string $request_uri Path and query, e.g. "/commerce-bridge/core/shopper".
	 * @param int    $user_id     Logged-in customer, 0 for a guest.
	 * @param string $session     WooCommerce session key the sidecar may read, '' for none.
	 */
	public function get( string $request_uri, int $user_id, string $session = '' ): Response {
		// The secret is not autoloaded: read it only when asking.
		$headers = ( new IdentitySigner( $this->secret ?? Options::secret() ) )->headers( $user_id, $session, 'GET', $request_uri, time() );
		return $this->client->send( 'GET', $request_uri, $headers + array( 'Accept' => 'application/json' ) );
	}
}
