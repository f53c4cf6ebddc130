<?php
/**
 * Site Health: does the sidecar answer, which version is it, how fast?
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Proxy\SidecarClient;

defined( 'ABSPATH' ) || exit;

/**
 * Critical while the sidecar does not answer: vendor platforms and widgets then get 503s (carts,
 * orders and the storefront itself keep working). Another version than the plugin's, or a slow answer,
 * is a recommendation.
 */
final class SidecarCheck implements HealthCheck {

	/** A loopback or LAN sidecar answers /health in a few milliseconds; this is far beyond (a busy host included). */
	public const SLOW_MS = 500;

	/**
	 * Constructor.
	 *
	 * @param SidecarClient $client         The site's sidecar.
	 * @param string        $plugin_version This plugin's version.
	 */
	public function __construct( private SidecarClient $client, private string $plugin_version ) {
	}

	public function id(): string {
		return 'sidecar';
	}

	public function label(): string {
		return __( 'Commerce Bridge sidecar', 'commerce-bridge' );
	}

	public function run(): HealthResult {
		$health = SidecarHealth::fetch( $this->client );
		$where  = $this->client->base_url();
		if ( ! $health->reachable ) {
			return new HealthResult(
				HealthResult::CRITICAL,
				__( 'The Commerce Bridge sidecar does not answer', 'commerce-bridge' ),
				/* translators: 1: sidecar URL, 2: error */
				sprintf( __( 'WordPress cannot reach the sidecar at %1$s (%2$s). Until it answers, oct8ne, Belco, Loymax and Bambuser get "service unavailable" for product data, orders and feeds; the shop, carts and checkout keep working. Start the sidecar (see "Running the sidecar in production" in the README) or correct its URL under WooCommerce → Commerce Bridge.', 'commerce-bridge' ), $where, $health->error )
			);
		}
		/* translators: 1: sidecar URL, 2: version, 3: milliseconds */
		$found = sprintf( __( 'The sidecar at %1$s is version %2$s and answered in %3$s ms.', 'commerce-bridge' ), $where, '' === $health->version ? '?' : $health->version, number_format_i18n( $health->latency_ms, 1 ) );
		if ( $health->version !== $this->plugin_version ) {
			/* translators: 1: what was found, 2: plugin version */
			return new HealthResult( HealthResult::RECOMMENDED, __( 'The Commerce Bridge sidecar is another version than the plugin', 'commerce-bridge' ), sprintf( __( '%1$s The plugin is version %2$s: update the sidecar with the plugin so both speak the same API.', 'commerce-bridge' ), $found, $this->plugin_version ) );
		}
		if ( $health->latency_ms > self::SLOW_MS ) {
			/* translators: %s: what was found */
			return new HealthResult( HealthResult::RECOMMENDED, __( 'The Commerce Bridge sidecar answers slowly', 'commerce-bridge' ), sprintf( __( '%s Run it on the same host or network as WordPress; every vendor call waits for it.', 'commerce-bridge' ), $found ) );
		}
		return new HealthResult( HealthResult::GOOD, __( 'The Commerce Bridge sidecar answers', 'commerce-bridge' ), $found );
	}
}
