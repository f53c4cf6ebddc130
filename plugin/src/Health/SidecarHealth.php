<?php
/**
 * One answer of the sidecar's GET /health, as Site Health and the admin notice read it.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

use CommerceBridge\Proxy\SidecarClient;

defined( 'ABSPATH' ) || exit;

/**
 * Whether the sidecar answered as itself, its version, the database's state and how long it took.
 * `/health` answers `{status, db, version}` with 200, or 503 while the database is down.
 */
final class SidecarHealth {

	/**
	 * Constructor.
	 *
	 * @param bool        $reachable  The sidecar answered with its health document.
	 * @param string      $version    Its release ('' when unknown).
	 * @param string|null $db         'ok', 'down', or null when it did not say.
	 * @param float       $latency_ms Round trip.
	 * @param string      $error      Why it is not reachable.
	 */
	public function __construct(
		public readonly bool $reachable,
		public readonly string $version,
		public readonly ?string $db,
		public readonly float $latency_ms,
		public readonly string $error
	) {
	}

	/**
	 * Asks the sidecar, within half a second (an admin page waits for it).
	 *
	 * @param SidecarClient $client The site's sidecar.
	 */
	public static function fetch( SidecarClient $client ): self {
		$started = hrtime( true );
		$answer  = $client->send( 'GET', '/health', array( 'Accept' => 'application/json' ), null, microtime( true ) + 0.5 );
		$latency = round( ( hrtime( true ) - $started ) / 1e6, 1 );
		$health  = json_decode( $answer->body, true );
		if ( 0 === $answer->status || ! is_array( $health ) || ! isset( $health['status'] ) ) {
			/* translators: %d: HTTP status */
			$error = 0 === $answer->status ? $answer->error : sprintf( __( 'HTTP %d without the sidecar\'s health document (is another service on that address?)', 'commerce-bridge' ), $answer->status );
			return new self( false, '', null, $latency, $error );
		}
		$db = in_array( $health['db'] ?? null, array( 'ok', 'down' ), true ) ? $health['db'] : null;
		return new self( true, is_string( $health['version'] ?? null ) ? $health['version'] : '', $db, $latency, '' );
	}
}
