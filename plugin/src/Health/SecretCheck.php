<?php
/**
 * Site Health: do WordPress and the sidecar share the same secret?
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Proxy\IdentitySigner;
use CommerceBridge\Proxy\SidecarClient;

defined( 'ABSPATH' ) || exit;

/**
 * A signed round trip: GET /commerce-bridge/core/identity signed with this site's secret, as the proxy
 * signs a shopper's call, must come back with the signed user; with another secret the sidecar treats
 * the call as a guest's.
 */
final class SecretCheck implements HealthCheck {

	public const PATH = '/commerce-bridge/core/identity';

	/**
	 * Constructor.
	 *
	 * @param SidecarClient $client The site's sidecar.
	 * @param string        $secret This site's commerce_bridge_secret.
	 * @param int           $user   A user id to sign (any but 0: a guest looks the same either way).
	 */
	public function __construct( private SidecarClient $client, private string $secret, private int $user ) {
	}

	public function id(): string {
		return 'shared_secret';
	}

	public function label(): string {
		return __( 'Commerce Bridge shared secret', 'commerce-bridge' );
	}

	public function run(): HealthResult {
		if ( '' === $this->secret ) {
			return $this->mismatch( __( 'WordPress has no secret yet: deactivate and activate Commerce Bridge to create one, then give it to the sidecar as BRIDGE_SECRET.', 'commerce-bridge' ) );
		}
		$headers = ( new IdentitySigner( $this->secret ) )->headers( $this->user, '', 'GET', self::PATH, time() );
		$answer  = $this->client->send( 'GET', self::PATH, $headers + array( 'Accept' => 'application/json' ) );
		if ( 0 === $answer->status ) {
			return new HealthResult( HealthResult::RECOMMENDED, __( 'The shared secret could not be checked', 'commerce-bridge' ), __( 'The sidecar does not answer (see the Commerce Bridge sidecar test); this test runs again once it does.', 'commerce-bridge' ) );
		}
		$identity = json_decode( $answer->body, true );
		if ( 200 === $answer->status && is_array( $identity ) && $this->user === ( $identity['userId'] ?? null ) ) {
			return new HealthResult( HealthResult::GOOD, __( 'WordPress and the sidecar share the same secret', 'commerce-bridge' ), __( 'A call signed by WordPress came back verified, so the sidecar knows which customer a cart, wishlist or chat belongs to.', 'commerce-bridge' ) );
		}
		return $this->mismatch( __( 'A call signed by WordPress came back as a guest\'s: the sidecar\'s BRIDGE_SECRET is not this site\'s secret (or its clock is more than a minute off). Logged-in customers then look like guests to every vendor. Copy the commerce_bridge_secret option into the sidecar\'s BRIDGE_SECRET and restart it.', 'commerce-bridge' ) );
	}

	/**
	 * The critical result.
	 *
	 * @param string $description What is wrong and what to do.
	 */
	private function mismatch( string $description ): HealthResult {
		return new HealthResult( HealthResult::CRITICAL, __( 'WordPress and the Commerce Bridge sidecar do not share a secret', 'commerce-bridge' ), $description );
	}
}
