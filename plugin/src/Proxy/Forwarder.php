<?php
/**
 * Forwards proxy paths to the sidecar before WordPress runs its main query.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

use CommerceBridge\Options;
use CommerceBridge\Registerable;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * Runs on a late `init` priority: the user is known (determine_current_user) and WooCommerce has set
 * up its session (init 0); nothing later in WordPress's bootstrap is needed for a proxied answer.
 */
final class Forwarder implements Registerable {

	/**
	 * Seconds after PHP got the request by which a failing sidecar has been given up on, so the
	 * browser has its 503 within 2 s even when it waited for a free PHP worker.
	 */
	private const ANSWER_WITHIN = 1.0;

	private CircuitBreaker $breaker;

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
	public function __construct( private ProxyPaths $paths, private SidecarClient $client, private Store $store, ?CircuitBreaker $breaker = null ) {
		$this->breaker = $breaker ?? CircuitBreaker::for_sidecar( $client->base_url() );
	}

	public function register(): void {
		// Registered during plugins_loaded (priority 10), so this runs in the same action.
		add_action( 'plugins_loaded', array( $this, 'refuse_while_cooling_down' ), 11 );
		add_action( 'init', array( $this, 'maybe_forward' ), 999 );
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
		$this->send( Response::error( 404, 'not_found' ) );
		exit;
	}

	/**
	 * While the breaker cools down, a proxy request gets its 503 before WooCommerce and the theme
	 * start up: a refused request costs the worker little more than loading the plugins.
	 */
	public function refuse_while_cooling_down(): void {
		$retry = $this->proxy_request() ? $this->breaker->cooling_down() : null;
		if ( null !== $retry ) {
			$this->send( self::unavailable( $retry ) );
			exit;
		}
	}

	/** Answers and ends the request when it targets a proxy path. */
	public function maybe_forward(): void {
		$request = $this->proxy_request();
		if ( $request ) {
			$this->send( $this->handle( $request, IncomingHeaders::current(), $this->incoming_body( $request->method ) ) );
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
	 * Forwards one request and builds the answer; headers pass both ways only through HeaderAllowList.
	 *
	 * @param ProxyRequest          $request Request to forward.
	 * @param array<string, string> $headers Every incoming request header (name in any case => value).
	 * @param string|null           $body    Request body.
	 */
	public function handle( ProxyRequest $request, array $headers, ?string $body ): Response {
		$retry = $this->breaker->refusal();
		if ( null !== $retry ) {
			return self::unavailable( $retry );
		}
		$uri      = $request->request_uri();
		// The secret is not autoloaded: read it only when forwarding.
		$signer   = new IdentitySigner( Options::secret() );
		$identity = $signer->headers( get_current_user_id(), $this->session_key(), $request->method, $uri, time() );
		// The sidecar sees WordPress's address; this one gives each client its own failed-token budget.
		$client = '' === $request->client ? array() : array( 'X-Forwarded-For' => $request->client );
		// The allow-list holds neither, and ours come first (`+` keeps the left one): none can be forged.
		$answer = $this->client->send( $request->method, $uri, $identity + $client + HeaderAllowList::request( $headers ), $body, $request->received + self::ANSWER_WITHIN );
		if ( 0 === $answer->status ) {
			return self::unavailable( $this->breaker->failed( $answer->error ) );
		}
		$this->breaker->succeeded();
		$defaults = array(
			'x-content-type-options' => 'nosniff',
			'cache-control'          => 'no-store',
		);
		return new Response( $answer->status, HeaderAllowList::response( $answer->headers ) + $defaults, $answer->body );
	}

	/**
	 * The proxy's own 503 while the sidecar cannot answer.
	 *
	 * @param int $retry_after Seconds until the sidecar is tried again.
	 */
	private static function unavailable( int $retry_after ): Response {
		return Response::error( 503, 'sidecar_unavailable', array( 'retry-after' => (string) $retry_after ) );
	}

	/**
	 * Writes the answer; anything not explicitly public is kept out of page caches.
	 *
	 * @param Response $response Answer for the browser.
	 */
	private function send( Response $response ): void {
		$cache = $response->header( 'cache-control' );
		if ( ! preg_match( '/\b(public|s-maxage)\b/i', $cache ) ) {
			if ( ! defined( 'DONOTCACHEPAGE' ) ) {
				define( 'DONOTCACHEPAGE', true );
			}
			nocache_headers();
		}
		status_header( $response->status );
		foreach ( $response->headers as $name => $value ) {
			header( $name . ': ' . $value );
		}
		echo $response->body; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the sidecar's body, passed through with its Content-Type.
	}

	/** The session key when it has the shape WooCommerce gives it, else ''. */
	private function session_key(): string {
		$key = $this->store->session_customer_key();
		return preg_match( '/^[A-Za-z0-9_-]{1,64}$/', $key ) ? $key : '';
	}

	/**
	 * Raw body of methods that carry one.
	 *
	 * @param string $method HTTP method.
	 */
	private function incoming_body( string $method ): ?string {
		if ( in_array( $method, array( 'GET', 'HEAD', 'OPTIONS' ), true ) ) {
			return null;
		}
		$body = file_get_contents( 'php://input' );
		return false === $body ? '' : $body;
	}
}
