<?php
/**
 * The editor blocks register from their vendor's build folder.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Frontend;

use CommerceBridge\Tests\TestCase;

/**
 * blocks/src/vendors/<vendor>/blocks/<block>/ is built into build/vendors/<vendor>/blocks/<block>/, where
 * BuiltBlock registers it on init: each block is known to WordPress, with its editor script from there.
 */
final class BuiltBlockTest extends TestCase {

	/** Block folder => vendor, as in Oct8ne\Blocks::BLOCKS and Bambuser\Consultation::BLOCK. */
	private const BLOCKS = array(
		'oct8ne-phone-pin'      => 'oct8ne',
		'oct8ne-agents-status'  => 'oct8ne',
		'bambuser-consultation' => 'bambuser',
	);

	public function test_each_editor_block_is_registered_with_its_script_from_its_vendors_build_folder(): void {
		foreach ( self::BLOCKS as $block => $vendor ) {
			$type = \WP_Block_Type_Registry::get_instance()->get_registered( 'commerce-bridge/' . $block );
			$this->assertNotNull( $type, $block . ' is not registered: run npm run build first' );
			$handle = $type->editor_script_handles[0] ?? '';
			$this->assertArrayHasKey( $handle, wp_scripts()->registered, $block );
			$this->assertStringEndsWith( '/build/vendors/' . $vendor . '/blocks/' . $block . '/index.js', (string) wp_scripts()->registered[ $handle ]->src );
		}
	}
}
