<?php
/**
 * The oct8ne editor blocks.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Oct8ne;

use CommerceBridge\Frontend\BuiltBlock;
use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * "oct8ne phone PIN" and "oct8ne agents online / offline": dynamic blocks whose markup oct8ne's widget
 * takes over (fact sheet §5.2, §5.3). They render nothing while oct8ne is disabled.
 */
final class Blocks implements Registerable {

	/** Folders under blocks/ of oct8ne's home, equal to the block names without the namespace. */
	public const BLOCKS = array( 'oct8ne-phone-pin', 'oct8ne-agents-status' );

	/**
	 * Constructor.
	 *
	 * @param Oct8neModule $module Settings (enabled).
	 */
	public function __construct( private Oct8neModule $module ) {
	}

	public function register(): void {
		add_action( 'init', array( $this, 'register_blocks' ) );
		add_filter( 'pre_render_block', array( $this, 'skip_when_disabled' ), 10, 2 );
	}

	public function register_blocks(): void {
		foreach ( self::BLOCKS as $block ) {
			BuiltBlock::register( 'oct8ne', $block );
		}
	}

	/**
	 * Short-circuits our blocks to '' while oct8ne is off, so no dead links or labels show.
	 *
	 * @param string|null $pre   Pre-rendered content, null to render normally.
	 * @param array       $block Parsed block.
	 */
	public function skip_when_disabled( $pre, $block ) {
		$name = is_array( $block ) ? (string) ( $block['blockName'] ?? '' ) : '';
		if ( null === $pre && str_starts_with( $name, 'commerce-bridge/oct8ne-' ) && ! $this->module->is_enabled() ) {
			return '';
		}
		return $pre;
	}
}
