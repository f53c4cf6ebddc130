<?php
/**
 * Answers identity-free proxy paths before WooCommerce and the other plugins load.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * Called by the must-use loader (plugin/mu-plugin/commerce-bridge-early.php) at `muplugins_loaded`:
 * a vendor call that needs no shopper (ProxyPaths::identity_free) is forwarded through the same Relay
 * as the late path, so a 5-id productInfo costs WordPress's core bootstrap instead of WooCommerce's and
 * every plugin's. No identity headers are sent: WordPress does not know the user yet, and these routes
 * do not read one (the sidecar treats the call as a guest's). An oct8ne call in a currency other than
 * the shop's is left to the late path, where a multi-currency plugin can price it (CurrencyContext).
 * Everything else returns untouched and
 * WordPress goes on loading; the Forwarder answers it at `init` priority 1.
 */
final class EarlyPath {

	/**
	 * Constructor.
	 *
	 * @param Relay $relay Relay to the site's sidecar.
	 */
	public function __construct( private Relay $relay ) {
	}

	/** The site's early path: the same sidecar and the same shared breaker as the Forwarder's. */
	public static function for_site(): self {
		$client = SidecarClient::for_site();
		return new self( new Relay( $client, CircuitBreaker::for_sidecar( $client->base_url() ) ) );
	}

	/** Entry point of the must-use loader: answers and ends the request when it is identity-free. */
	public static function run(): void {
		$request = ProxyRequest::from_globals( (string) wp_parse_url( home_url( '/' ), PHP_URL_PATH ) );
		if ( $request && self::handles( $request ) ) {
			Relay::send( self::for_site()->handle( $request, IncomingHeaders::current(), Relay::incoming_body( $request->method ) ), 'early' );
			exit;
		}
	}

	/**
	 * Whether the early path answers this request.
	 *
	 * @param ProxyRequest $request Incoming request.
	 */
	public static function handles( ProxyRequest $request ): bool {
		// Only the late path can ask a multi-currency plugin for another currency's rate.
		return ProxyPaths::identity_free( $request->path ) && '' === CurrencyContext::foreign( $request );
	}

	/**
	 * Forwards one identity-free request.
	 *
	 * @param ProxyRequest          $request Request to forward (handles() said yes).
	 * @param array<string, string> $headers Every incoming request header.
	 * @param string|null           $body    Request body.
	 */
	public function handle( ProxyRequest $request, array $headers, ?string $body ): Response {
		return $this->relay->forward( $request, array(), $headers, $body );
	}
}
