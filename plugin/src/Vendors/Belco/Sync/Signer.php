<?php
/**
 * The headers that sign a request to Belco's API.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco\Sync;

defined( 'ABSPATH' ) || exit;

/**
 * Belco checks `X-Signature`, the HMAC-SHA256 (lowercase hex) of the exact JSON body with the shop
 * secret, and `X-Shop-Id` (fact sheet §7). The body must be sent byte for byte as signed.
 */
final class Signer {

	/**
	 * Constructor.
	 *
	 * @param string $shop_id Belco shop id.
	 * @param string $secret  Shop secret.
	 */
	public function __construct( private string $shop_id, private string $secret ) {
	}

	/**
	 * Headers for a request carrying $body.
	 *
	 * @param string $body The JSON body as it will be sent.
	 * @return array<string, string>
	 */
	public function headers( string $body ): array {
		return array(
			'Content-Type' => 'application/json',
			'X-Shop-Id'    => $this->shop_id,
			'X-Signature'  => hash_hmac( 'sha256', $body, $this->secret ),
		);
	}
}
