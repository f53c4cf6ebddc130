<?php
/**
 * Registers editor blocks built by @wordpress/scripts.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Frontend;

defined( 'ABSPATH' ) || exit;

/**
 * A vendor's editor block lives in blocks/src/vendors/<vendor>/blocks/<block>/; the build mirrors that
 * path under plugin/build/ (blocks/webpack.config.js), with the block's block.json and render.php.
 */
final class BuiltBlock {

	/**
	 * Registers a built block from its block.json; nothing while it has not been built.
	 *
	 * @param string $vendor Vendor slug, e.g. "oct8ne".
	 * @param string $block  Block folder, equal to the block name without the namespace.
	 */
	public static function register( string $vendor, string $block ): void {
		$dir = COMMERCE_BRIDGE_DIR . 'build/vendors/' . $vendor . '/blocks/' . $block;
		if ( is_readable( $dir . '/block.json' ) ) {
			register_block_type( $dir );
		}
	}
}
