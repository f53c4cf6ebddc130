<?php
/**
 * The must-use loader of the early path.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Install;

defined( 'ABSPATH' ) || exit;

/**
 * Writes plugin/mu-plugin/commerce-bridge-early.php into the must-use plugins directory (filled in
 * with this plugin's version and basename), tells whether the installed copy is current, and removes
 * it again. Must-use plugins load before every normal plugin, which is what lets EarlyPath answer
 * before WooCommerce; WordPress has no API to install one, so the file is written directly.
 */
final class EarlyLoader {

	public const FILE = 'commerce-bridge-early.php';

	/** The installed copy is what this version of the plugin writes. */
	public const CURRENT = 'current';

	/** Another version's copy (or an edited one): rewritten on the next admin page. */
	public const OUTDATED = 'outdated';

	public const MISSING = 'missing';

	/** First line of the header; a file without it is not ours and is never overwritten or removed. */
	private const MARKER = 'Plugin Name: Commerce Bridge early path';

	/**
	 * Constructor.
	 *
	 * @param string $plugin_file Main file of the plugin the loader starts.
	 * @param string $version     Plugin version.
	 * @param string $mu_dir      Must-use plugins directory.
	 */
	public function __construct( private string $plugin_file, private string $version, private string $mu_dir ) {
	}

	/** The loader of this plugin on this site. */
	public static function for_site(): self {
		return new self( COMMERCE_BRIDGE_FILE, COMMERCE_BRIDGE_VERSION, WPMU_PLUGIN_DIR );
	}

	/** The version this loader writes. */
	public function version(): string {
		return $this->version;
	}

	public function path(): string {
		return untrailingslashit( $this->mu_dir ) . '/' . self::FILE;
	}

	/** The version written in the installed copy's header, '' when there is none. */
	public function installed_version(): string {
		return is_readable( $this->path() ) ? (string) get_file_data( $this->path(), array( 'version' => 'Version' ) )['version'] : '';
	}

	public function state(): string {
		$installed = is_readable( $this->path() ) ? (string) file_get_contents( $this->path() ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions -- a local file.
		if ( null === $installed ) {
			return self::MISSING;
		}
		return $installed === $this->contents() ? self::CURRENT : self::OUTDATED;
	}

	/** Writes the loader unless it is current or a foreign file has its name; true when it is current afterwards. */
	public function install(): bool {
		$state = $this->state();
		if ( self::CURRENT === $state ) {
			return true;
		}
		if ( ( self::OUTDATED === $state && ! $this->is_ours() ) || ! wp_mkdir_p( $this->mu_dir ) || ! wp_is_writable( $this->mu_dir ) ) {
			return false;
		}
		// A temporary file renamed over the old one: a request never includes half a loader.
		$temporary = tempnam( $this->mu_dir, '.commerce-bridge-early-' );
		if ( false === $temporary ) {
			return false;
		}
		// phpcs:disable WordPress.WP.AlternativeFunctions -- the direct write described above.
		$written = false !== file_put_contents( $temporary, $this->contents() ) && chmod( $temporary, 0644 ) && rename( $temporary, $this->path() );
		if ( ! $written && is_file( $temporary ) ) {
			unlink( $temporary );
		}
		// phpcs:enable
		return $written;
	}

	/** Removes the installed loader (ours only). */
	public function remove(): void {
		if ( is_file( $this->path() ) && $this->is_ours() ) {
			unlink( $this->path() ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- our own file.
		}
	}

	/** The loader this version writes: the template with the version and the basename filled in. */
	public function contents(): string {
		$template = (string) file_get_contents( dirname( __DIR__, 2 ) . '/mu-plugin/' . self::FILE ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- the plugin's own file.
		return strtr(
			$template,
			array(
				'{{version}}' => $this->version,
				'{{plugin}}'  => str_replace( array( '\\', "'" ), array( '\\\\', "\\'" ), plugin_basename( $this->plugin_file ) ),
			)
		);
	}

	private function is_ours(): bool {
		return str_contains( (string) file_get_contents( $this->path(), false, null, 0, 512 ), self::MARKER ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a local file.
	}
}
