<?php
/**
 * Checks that the shop lets itself be framed, for Bambuser's floating player.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

use CommerceBridge\Capability;
use CommerceBridge\Registerable;
use CommerceBridge\Rest\SettingsController;
use CommerceBridge\WooCommerce\Store;

defined( 'ABSPATH' ) || exit;

/**
 * `GET commerce-bridge/v1/settings/bambuser/framing` requests the checkout page (the page
 * `floatAbove` frames) and reports whether its X-Frame-Options / CSP frame-ancestors allow the site
 * to frame itself. Security plugins often send `DENY`, which breaks the same-tab checkout.
 */
final class Framing implements Registerable {

	/**
	 * Constructor.
	 *
	 * @param Store $store WooCommerce port (capability, checkout URL).
	 */
	public function __construct( private Store $store ) {
	}

	public function register(): void {
		add_action( 'rest_api_init', array( $this, 'register_route' ) );
	}

	public function register_route(): void {
		register_rest_route(
			SettingsController::NAMESPACE,
			'/settings/bambuser/framing',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => fn () => rest_ensure_response( $this->check() ),
				'permission_callback' => fn () => current_user_can( Capability::required( $this->store ) ),
			)
		);
	}

	/** @return array{url: string, allowed: bool|null, header?: string, value?: string, error?: string} */
	public function check(): array {
		$url      = $this->framed_url();
		$response = wp_remote_get( $url, self::REQUEST );
		if ( is_wp_error( $response ) ) {
			return array(
				'url'     => $url,
				'allowed' => null,
				'error'   => $response->get_error_message(),
			);
		}
		return array( 'url' => $url ) + FramingPolicy::verdict(
			self::header( $response, 'x-frame-options' ),
			self::header( $response, 'content-security-policy' ),
			self::origin()
		);
	}

	/** Only the headers matter: a short wait, few redirects, a capped body. */
	private const REQUEST = array(
		'timeout'             => 5,
		'redirection'         => 3,
		'limit_response_size' => 65536,
	);

	/** The checkout page, which `floatAbove` frames; the home page when the shop has none. */
	private function framed_url(): string {
		$url = $this->store->page_url( 'checkout' );
		return '' !== $url ? $url : home_url( '/' );
	}

	/** The site's own origin (scheme, host, port), the one that must be allowed to frame it. */
	private static function origin(): string {
		$origin = (string) wp_parse_url( home_url(), PHP_URL_SCHEME ) . '://' . (string) wp_parse_url( home_url(), PHP_URL_HOST );
		$port   = wp_parse_url( home_url(), PHP_URL_PORT );
		return $port ? $origin . ':' . $port : $origin;
	}

	/**
	 * One header as a string (repeated headers joined).
	 *
	 * @param array  $response wp_remote_get response.
	 * @param string $name     Header name.
	 */
	private static function header( array $response, string $name ): string {
		$value = wp_remote_retrieve_header( $response, $name );
		return is_array( $value ) ? implode( ', ', $value ) : (string) $value;
	}
}
