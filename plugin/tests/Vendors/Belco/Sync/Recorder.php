<?php
/**
 * The recording Belco API stand-in (belco-recorder.mjs), started per test class.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Belco\Sync;

use CommerceBridge\Tests\Support\Upstream;

/**
 * A real HTTP server on a free port; answers are scripted per test, requests read back with the
 * recorder's own verdict on each signature.
 */
final class Recorder {

	/** @var resource */
	private $process;

	public readonly string $url;

	/**
	 * Starts the recorder.
	 *
	 * @param string $secret Shop secret the recorder checks signatures with.
	 */
	public function __construct( string $secret ) {
		$port          = Upstream::free_port();
		$this->url     = 'http://127.0.0.1:' . $port;
		$null          = array( 'file', '/dev/null', 'w' );
		$this->process = proc_open( array( 'node', __DIR__ . '/belco-recorder.mjs', (string) $port, $secret ), array( array( 'file', '/dev/null', 'r' ), $null, $null ), $pipes );
		$deadline      = microtime( true ) + 5;
		while ( ! @fsockopen( '127.0.0.1', $port ) ) { // phpcs:ignore Generic.PHP.NoSilencedErrors.Discouraged -- polling until the port opens.
			if ( microtime( true ) > $deadline ) {
				throw new \RuntimeException( 'the Belco recorder did not start' );
			}
			usleep( 20000 );
		}
	}

	/**
	 * Scripts the next answers (and forgets the requests so far).
	 *
	 * @param list<array{status: int, body?: mixed, delayMs?: int}> $answers In order.
	 */
	public function answer( array $answers ): void {
		self::call( $this->url . '/__answers', 'POST', (string) wp_json_encode( $answers ) );
	}

	/** @return list<array{method: string, path: string, headers: array, body: string, signatureValid: bool}> */
	public function requests(): array {
		return json_decode( self::call( $this->url . '/__requests', 'GET', '' ), true );
	}

	public function stop(): void {
		proc_terminate( $this->process );
		proc_close( $this->process );
	}

	/**
	 * A plain HTTP call past WordPress's HTTP API (whose filters the tests watch).
	 *
	 * @param string $url    URL.
	 * @param string $method Method.
	 * @param string $body   Body.
	 */
	private static function call( string $url, string $method, string $body ): string {
		$context = stream_context_create(
			array(
				'http' => array(
					'method'  => $method,
					'header'  => 'Content-Type: application/json',
					'content' => $body,
				),
			)
		);
		return (string) file_get_contents( $url, false, $context ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local test server.
	}
}
