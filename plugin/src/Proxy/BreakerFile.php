<?php
/**
 * The circuit breaker's state, shared by every PHP worker of the site through one small file.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * A file because it works on every host and in every SAPI (APCu is often missing — it is here — and
 * its memory is per FPM pool; a transient would cost a database query per request without a
 * persistent object cache). A healthy sidecar costs one stat() per request and no write: the file
 * exists only while failures are counted. Writes go to a temporary file renamed over the old one, so
 * a reader never sees half a state; changes are made under an flock so concurrent failures all count.
 */
final class BreakerFile {

	/** @var resource|null Held while this worker probes a sidecar after the cool-down. */
	private $probe = null;

	/**
	 * Constructor.
	 *
	 * @param string $path State file; `<path>.lock` and `<path>.probe` sit next to it.
	 */
	public function __construct( private string $path ) {
	}

	/**
	 * The file of one site's breaker for one sidecar, in WordPress's temporary directory.
	 *
	 * @param string $sidecar_url Sidecar base URL.
	 */
	public static function for_sidecar( string $sidecar_url ): self {
		$key = substr( hash( 'sha256', $sidecar_url . '|' . ABSPATH ), 0, 16 );
		return new self( trailingslashit( get_temp_dir() ) . 'commerce-bridge-breaker-' . $key . '.json' );
	}

	/** The state file; `.lock` and `.probe` siblings share its name. */
	public function path(): string {
		return $this->path;
	}

	public function read(): BreakerState {
		clearstatcache( true, $this->path );
		if ( ! is_file( $this->path ) ) {
			return new BreakerState();
		}
		try {
			$raw = ( new \SplFileObject( $this->path, 'r' ) )->fread( 512 );
		} catch ( \RuntimeException $e ) {
			// Removed between the stat and the open: nothing counted.
			return new BreakerState();
		}
		return BreakerState::parse( false === $raw ? '' : $raw );
	}

	/**
	 * Replaces the state with `$change( current )` under an exclusive lock; without a writable
	 * directory nothing is stored and the breaker stays closed (the proxy still answers).
	 *
	 * @param callable(BreakerState): BreakerState $change New state from the current one.
	 */
	public function update( callable $change ): BreakerState {
		$lock = fopen( $this->path . '.lock', 'c' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a lock file, not content.
		if ( false === $lock || ! flock( $lock, LOCK_EX ) ) {
			return $this->read();
		}
		try {
			$old = $this->read();
			$new = $change( $old );
			if ( $new !== $old ) {
				$this->write( $new );
			}
			return $new;
		} finally {
			flock( $lock, LOCK_UN );
			fclose( $lock );
		}
	}

	/** Whether this worker may send the probe: true for one worker at a time, until release_probe(). */
	public function claim_probe(): bool {
		$handle = fopen( $this->path . '.probe', 'c' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a lock file, not content.
		if ( false === $handle ) {
			return false;
		}
		// The OS drops the lock when a worker dies mid-probe, so a crash cannot keep the breaker open.
		if ( ! flock( $handle, LOCK_EX | LOCK_NB ) ) {
			fclose( $handle );
			return false;
		}
		$this->probe = $handle;
		return true;
	}

	public function release_probe(): void {
		if ( null !== $this->probe ) {
			flock( $this->probe, LOCK_UN );
			fclose( $this->probe );
			$this->probe = null;
		}
	}

	/**
	 * Stores a state atomically; a clean state removes the file.
	 *
	 * @param BreakerState $state New state.
	 */
	private function write( BreakerState $state ): void {
		if ( $state->is_clean() ) {
			if ( is_file( $this->path ) ) {
				unlink( $this->path ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- our own state file.
			}
			return;
		}
		$temporary = tempnam( dirname( $this->path ), basename( $this->path ) . '.' );
		if ( false === $temporary ) {
			return;
		}
		file_put_contents( $temporary, $state->serialize() ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- tempnam() + rename() is the atomic write.
		rename( $temporary, $this->path ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- see above.
	}
}
