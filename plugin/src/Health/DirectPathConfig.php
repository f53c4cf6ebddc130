<?php
/**
 * The web-server configurations of the direct path, filled in for this site.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Options;

defined( 'ABSPATH' ) || exit;

/**
 * Renders the files in plugin/server-config/ as the stack does (test/stack/server-config.ts):
 * `{{sidecarOrigin}}` is the sidecar's scheme://host[:port], `{{sidecarScheme}}` and `{{sidecarAddress}}`
 * (host:port) its parts, `{{homePath}}` the site's path as a regex ('' at the root). The settings page
 * shows the result; nginx in the demo runs the same files.
 */
final class DirectPathConfig {

	/** Web server => template file in plugin/server-config/; nginx has an `http` part and a `server` part. */
	public const FILES = array(
		'nginxHttp' => 'nginx-http.conf',
		'nginx'     => 'nginx.conf',
		'apache'    => 'apache.conf',
		'caddy'     => 'Caddyfile',
	);

	/**
	 * Constructor.
	 *
	 * @param string $sidecar_url The sidecar's base URL.
	 * @param string $home_path   The site's path, e.g. "/" or "/shop/".
	 */
	public function __construct( private string $sidecar_url, private string $home_path ) {
	}

	/** For this site: its sidecar URL and home path. */
	public static function for_site(): self {
		return new self( Options::sidecar_url(), (string) wp_parse_url( home_url( '/' ), PHP_URL_PATH ) );
	}

	/** The sidecar's scheme://host[:port], without a default port (what the configs proxy to). */
	public function sidecar_origin(): string {
		$port = $this->sidecar_port();
		return $this->sidecar_scheme() . '://' . $this->sidecar_host() . ( $this->default_port() === $port ? '' : ':' . $port );
	}

	/** The sidecar's host:port, the port always written (nginx's upstream `server`). */
	public function sidecar_address(): string {
		return $this->sidecar_host() . ':' . $this->sidecar_port();
	}

	private function sidecar_scheme(): string {
		return strtolower( (string) ( wp_parse_url( $this->sidecar_url, PHP_URL_SCHEME ) ?? 'http' ) );
	}

	private function sidecar_host(): string {
		return strtolower( (string) wp_parse_url( $this->sidecar_url, PHP_URL_HOST ) );
	}

	private function sidecar_port(): int {
		return (int) ( wp_parse_url( $this->sidecar_url, PHP_URL_PORT ) ?? $this->default_port() );
	}

	private function default_port(): int {
		return 'https' === $this->sidecar_scheme() ? 443 : 80;
	}

	/** @return array<string, string> Web server => its configuration. */
	public function all(): array {
		$configs = array();
		foreach ( array_keys( self::FILES ) as $server ) {
			$configs[ $server ] = $this->render( $server );
		}
		return $configs;
	}

	/**
	 * One web server's configuration.
	 *
	 * @param string $server A key of FILES.
	 */
	public function render( string $server ): string {
		$template = (string) file_get_contents( dirname( __DIR__, 2 ) . '/server-config/' . self::FILES[ $server ] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
		$home     = (string) preg_replace( '/[.*+?^${}()|[\]\\\\]/', '\\\\$0', rtrim( $this->home_path, '/' ) );
		return strtr(
			$template,
			array(
				'{{sidecarOrigin}}'  => $this->sidecar_origin(),
				'{{sidecarScheme}}'  => $this->sidecar_scheme(),
				'{{sidecarAddress}}' => $this->sidecar_address(),
				'{{homePath}}'       => $home,
			)
		);
	}
}
