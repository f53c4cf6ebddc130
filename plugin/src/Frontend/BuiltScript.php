<?php
/**
 * Registers scripts built by @wordpress/scripts.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Frontend;

defined( 'ABSPATH' ) || exit;

/**
 * Reads plugin/build/<entry>.asset.php for dependencies and the content-hash version.
 */
final class BuiltScript {

	/**
	 * Registers a built entry; false when it has not been built.
	 *
	 * @param string $handle Script handle.
	 * @param string $entry  Entry path under build/ without extension, e.g. "admin" or "widgets/belco".
	 * @param array  $deps   Extra dependencies.
	 * @param array  $args   wp_register_script arguments (strategy, in_footer).
	 */
	public static function register( string $handle, string $entry, array $deps = array(), array $args = array() ): bool {
		$asset_file = COMMERCE_BRIDGE_DIR . 'build/' . $entry . '.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			return false;
		}
		$asset = require $asset_file;
		return wp_register_script(
			$handle,
			plugins_url( 'build/' . $entry . '.js', COMMERCE_BRIDGE_FILE ),
			array_merge( $asset['dependencies'] ?? array(), $deps ),
			$asset['version'] ?? COMMERCE_BRIDGE_VERSION,
			$args
		);
	}
}
