<?php
/**
 * The real sidecar, started from source on the PHP suite's WordPress database.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Support;

/**
 * For tests that compare what the plugin builds with what the sidecar serves from the same WooCommerce
 * data. The sidecar reads over its own connection, so such tests cannot run inside TestCase's transaction;
 * start it after committing the settings the test needs (it caches them for 2 s).
 */
final class Sidecar {

	/** @var resource */
	private $process;

	private string $url;

	/** @var array<string, mixed> Option name => value before with_vendor() (false: there was none). */
	private array $restore = array();

	/**
	 * Commits `$values` over a vendor's stored settings, then starts the sidecar; stop() puts the
	 * settings back.
	 *
	 * @param string $vendor Vendor id.
	 * @param array  $values Settings to merge over the stored ones.
	 */
	public static function with_vendor( string $vendor, array $values ): self {
		$option   = 'commerce_bridge_' . $vendor;
		$previous = get_option( $option );
		update_option( $option, $values + ( is_array( $previous ) ? $previous : array() ) );
		$sidecar                     = new self();
		$sidecar->restore[ $option ] = $previous;
		return $sidecar;
	}

	/**
	 * Starts the sidecar; waits until it is healthy, or with `$overrides` (e.g. a DATABASE_URL where nothing
	 * listens) until it answers at all.
	 *
	 * @param array<string, string> $overrides Environment over the default one.
	 */
	public function __construct( array $overrides = array() ) {
		global $wpdb;
		$probe = stream_socket_server( 'tcp://127.0.0.1:0' );
		$port  = (int) substr( (string) strrchr( (string) stream_socket_get_name( $probe, false ), ':' ), 1 );
		fclose( $probe );
		$root          = dirname( __DIR__, 3 );
		$env           = $overrides + getenv() + array(
			'DATABASE_URL'    => sprintf( 'mysql://%s:%s@%s/%s', rawurlencode( DB_USER ), rawurlencode( DB_PASSWORD ), DB_HOST, DB_NAME ),
			'WP_TABLE_PREFIX' => $wpdb->prefix,
			'BRIDGE_SECRET'   => (string) get_option( 'commerce_bridge_secret' ),
			'HOST'            => '127.0.0.1',
			'PORT'            => (string) $port,
			'LOG_LEVEL'       => 'warn',
		);
		$null          = array( 'file', '/dev/null', 'w' );
		$this->process = proc_open( array( 'node', '--import', 'tsx', $root . '/sidecar/src/server.ts' ), array( array( 'file', '/dev/null', 'r' ), $null, $null ), $pipes, $root, $env );
		$this->url     = 'http://127.0.0.1:' . $port;
		$ready = $overrides ? fn () => 0 !== $this->get( '/health' )[0] : fn () => $this->healthy();
		for ( $tries = 0; $tries < 150 && ! $ready(); $tries++ ) {
			usleep( 100000 );
		}
	}

	/** Base URL, e.g. for a SidecarClient. */
	public function url(): string {
		return $this->url;
	}

	public function healthy(): bool {
		return 200 === $this->get( '/health' )[0];
	}

	/**
	 * GET with curl (no warning while the sidecar is still starting).
	 *
	 * @param string                $path    Path and query.
	 * @param array<string, string> $headers Request headers.
	 * @return array{0: int, 1: string} Status (0 when unreachable) and body.
	 */
	public function get( string $path, array $headers = array() ): array {
		$curl = curl_init( $this->url . $path );
		curl_setopt_array(
			$curl,
			array(
				CURLOPT_RETURNTRANSFER => true,
				CURLOPT_TIMEOUT_MS     => 5000,
				CURLOPT_HTTPHEADER     => array_map( static fn ( string $name, string $value ) => "$name: $value", array_keys( $headers ), $headers ),
			)
		);
		$body   = curl_exec( $curl );
		$status = (int) curl_getinfo( $curl, CURLINFO_RESPONSE_CODE );
		curl_close( $curl );
		return array( $status, is_string( $body ) ? $body : '' );
	}

	public function stop(): void {
		proc_terminate( $this->process );
		proc_close( $this->process );
		foreach ( $this->restore as $option => $previous ) {
			if ( false === $previous ) {
				delete_option( $option );
			} else {
				update_option( $option, $previous );
			}
		}
	}
}
