<?php
/**
 * A real HTTP server (php -S) standing in for the sidecar in proxy tests.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Support;

/**
 * Starts tests/Support/upstream-router.php on a free port and stops it again.
 */
final class Upstream {

	/** @var resource */
	private $process;

	public readonly string $url;

	/**
	 * Starts the server.
	 *
	 * @param string $router Router script (default: the echoing sidecar stand-in).
	 * @param int    $port   Port to listen on (default: a free one), e.g. one that was closed a moment ago.
	 */
	public function __construct( string $router = __DIR__ . '/upstream-router.php', int $port = 0 ) {
		$port          = 0 === $port ? self::free_port() : $port;
		$this->url     = 'http://127.0.0.1:' . $port;
		$this->process = proc_open(
			array( PHP_BINARY, '-S', '127.0.0.1:' . $port, $router ),
			array( array( 'file', '/dev/null', 'r' ), array( 'file', '/dev/null', 'w' ), array( 'file', '/dev/null', 'w' ) ),
			$pipes
		);
		$deadline = microtime( true ) + 5;
		while ( ! @fsockopen( '127.0.0.1', $port ) ) { // phpcs:ignore Generic.PHP.NoSilencedErrors.Discouraged -- polling until the port opens.
			if ( microtime( true ) > $deadline ) {
				throw new \RuntimeException( 'upstream did not start' );
			}
			usleep( 20000 );
		}
	}

	public function stop(): void {
		proc_terminate( $this->process );
		proc_close( $this->process );
	}

	/** A port nobody listens on right now (bound, read, released). */
	public static function free_port(): int {
		$server = stream_socket_server( 'tcp://127.0.0.1:0' );
		$port   = (int) substr( strrchr( stream_socket_get_name( $server, false ), ':' ), 1 );
		fclose( $server );
		return $port;
	}
}
