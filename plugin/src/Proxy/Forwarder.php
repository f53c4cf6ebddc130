<?php
/**
 * Forwards proxy paths to the sidecar before WordPress runs its main query.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

use CommerceBridge\Options;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\ReadOnlySession;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * The late path: every proxy path the EarlyPath left alone (identity-bound calls, and every call when
 * the must-use loader is missing). Runs at `init` priority 1, as early as the identity is known:
 * WordPress has the user from the login cookie (determine_current_user) and WooCommerce has loaded
 * the session (init 0). Nothing registered on `init` after that (post types, blocks, Store API
 * extensions, rewrite rules: most of `init`'s time) is needed for a proxied answer.
 */
final class Forwarder implements Registerable {

	private CircuitBreaker $breaker;

	private Relay $relay;

	/** The current request when it targets a proxy path (false: not worked out yet). */
	private ProxyRequest|null|false $current = false;

	/**
	 * Constructor.
	 *
	 * @param ProxyPaths          $paths   Forwardable paths.
	 * @param SidecarClient       $client  Sidecar client.
	 * @param Store               $store   WooCommerce port (session key).
	 * @param CircuitBreaker|null $breaker Breaker in front of the sidecar; null: the site's shared one.
	 */
	public function __construct( private ProxyPaths $paths, SidecarClient $client, private Store $store, ?CircuitBreaker $breaker = null ) {
		$this->breaker = $breaker ?? CircuitBreaker::for_sidecar( $client->base_url() );
		$this->relay   = new Relay( $client, $this->breaker );
	}

	public function register(): void {
		// Registered during plugins_loaded (priority 10), so this runs in the same action.
		add_action( 'plugins_loaded', array( $this, 'refuse_while_cooling_down' ), 11 );
		add_action( 'init', array( $this, 'maybe_forward' ), 1 );
		add_action( 'parse_request', array( $this, 'refuse_unmatched' ) );
	}

	/**
	 * A rewrite rule matched but maybe_forward() refused the path (unknown vendor, unsafe path):
	 * answer 404 instead of letting WordPress redirect it to the home page.
	 *
	 * @param \WP $wp Parsed request.
	 */
	public function refuse_unmatched( \WP $wp ): void {
		if ( ! isset( $wp->query_vars[ ProxyPaths::QUERY_VAR ] ) ) {
			return;
		}
		Relay::send( Response::error( 404, 'not_found' ), 'late' );
		exit;
	}

	/**
	 * While the breaker cools down, a proxy request gets its 503 before WooCommerce and the theme
	 * start up: a refused request costs the worker little more than loading the plugins.
	 */
	public function refuse_while_cooling_down(): void {
		$retry = $this->proxy_request() ? $this->breaker->cooling_down() : null;
		if ( null !== $retry ) {
			Relay::send( Relay::unavailable( $retry ), 'late' );
			exit;
		}
	}

	/** Answers and ends the request when it targets a proxy path. */
	public function maybe_forward(): void {
		$request = $this->proxy_request();
		if ( $request ) {
			Relay::send( $this->handle( $request, IncomingHeaders::current(), Relay::incoming_body( $request->method ) ), 'late' );
			exit;
		}
	}

	/** The current request when it targets a proxy path. */
	private function proxy_request(): ?ProxyRequest {
		if ( false === $this->current ) {
			// Asked at plugins_loaded and again at init: every page request pays for the parse once.
			$request       = ProxyRequest::from_globals( (string) wp_parse_url( home_url( '/' ), PHP_URL_PATH ) );
			$this->current = $request && $this->paths->matches( $request->path ) ? $request : null;
		}
		return $this->current;
	}

	/**
	 * Forwards one request with the signed identity of WordPress's current user and session.
	 *
	 * @param ProxyRequest          $request Request to forward.
	 * @param array<string, string> $headers Every incoming request header (name in any case => value).
	 * @param string|null           $body    Request body.
	 */
	public function handle( ProxyRequest $request, array $headers, ?string $body ): Response {
		// The secret is not autoloaded: read it only when forwarding.
		$secret = Options::secret();
		// The sidecar only reads the session WooCommerce loaded at init; saved at shutdown, it could undo a cart change made meanwhile.
		ReadOnlySession::keep_unwritten();
		$time     = time();
		$identity = ( new IdentitySigner( $secret ) )->headers( get_current_user_id(), $this->session_key(), $request->method, $request->request_uri(), $time );
		// A currency other than the shop's, priced with the multi-currency filter's answer (CurrencyContext).
		$currency = ( new CurrencyContext( $secret ) )->headers( $request, $time );
		return $this->relay->forward( $request, $identity + $currency, $headers, $body );
	}

	/** The session key when it has the shape WooCommerce gives it, else ''. */
	private function session_key(): string {
		$key = $this->store->session_customer_key();
		return preg_match( '/^[A-Za-z0-9_-]{1,64}$/', $key ) ? $key : '';
	}
}
