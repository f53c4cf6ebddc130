<?php
/**
 * Call templates saved as JavaScript move to the call language on update; the rest are reported.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Loymax;

use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Loymax\CallMigration;
use CommerceBridge\Vendors\Loymax\LegacyCalls;
use CommerceBridge\Vendors\VendorModule;
use CommerceBridge\WooCommerce\StoreFactory;

/**
 * Against the real options and the real Loymax module: nothing configured is dropped silently.
 */
final class CallMigrationTest extends TestCase {

	public function test_literal_calls_convert_exactly_and_anything_else_does_not(): void {
		$this->assertSame( '{"call":"lmxTest.push","args":[["auth","{USER_ID}"]]}', LegacyCalls::convert( "lmxTest.push(['auth', {USER_ID}]);" ) );
		$this->assertSame(
			'[{"call":"lmx","args":["view","{CATEGORY_ID}","{PRODUCT_ID}"]},{"call":"window.lmx.track","args":["it\'s \"q\" (x)",1,true,null,{"a":[1]}]}]',
			LegacyCalls::convert( "lmx('view', {CATEGORY_ID}, {PRODUCT_ID}); window.lmx . track('it\\'s \"q\" (x)', 1, true, null, {\"a\": [1]})" )
		);
		foreach ( array( 'if (a) { lmx({USER_ID}) }', 'lmx(x)', "// note\nlmx()", 'void 0;', "lmx(['a',])", "lmx('open" ) as $js ) {
			$this->assertNull( LegacyCalls::convert( $js ), $js );
		}
	}

	public function test_the_update_converts_what_maps_and_keeps_the_rest_for_the_owner(): void {
		$module = $this->module();
		$conditional = "if (window.lmx) { lmx.push(['auth', {USER_ID}]); }";
		$module->update(
			array(
				'templateAuth'     => $conditional,
				'templateProduct'  => "lmx.push(['view', {CATEGORY_ID}, {PRODUCT_ID}]);",
				'templateCheckout' => '{"call": "lmx.push", "args": [["order", "{ORDER_ID}"]]}',
				'templateCustom'   => '',
			)
		);
		delete_option( CallMigration::VERSION_OPTION );
		$migration = new CallMigration( $module, StoreFactory::create() );
		$migration->migrate();

		$values = $module->values();
		$this->assertSame( '{"call":"lmx.push","args":[["view","{CATEGORY_ID}","{PRODUCT_ID}"]]}', $values['templateProduct'] );
		$this->assertSame( '{"call": "lmx.push", "args": [["order", "{ORDER_ID}"]]}', $values['templateCheckout'], 'already in the language: untouched' );
		$this->assertSame( '', $values['templateAuth'], 'the default until the owner rewrites it' );
		$this->assertSame( '', $values['templateCustom'] );
		$this->assertSame( array( 'templateAuth' => $conditional ), $migration->pending() );
		$this->assertSame( '1', get_option( CallMigration::VERSION_OPTION ) );

		wp_set_current_user( 1 );
		$notice = $this->notice( $migration );
		$this->assertStringContainsString( 'templateAuth', $notice );
		$this->assertStringContainsString( esc_html( $conditional ), $notice );

		$module->update( array( 'templateAuth' => '{"call": "lmx.push", "args": [["auth", "{USER_ID}"]]}' ) );
		$this->assertSame( array(), $migration->pending() );
		$this->assertSame( '', $this->notice( $migration ), 'gone once the event has a call again' );
	}

	public function test_customers_never_see_the_notice_and_a_migrated_site_is_not_migrated_again(): void {
		$module = $this->module();
		update_option( CallMigration::UNMIGRATED_OPTION, array( 'templateAuth' => 'x()' ) );
		$migration = new CallMigration( $module, StoreFactory::create() );
		wp_set_current_user( 2 );
		$this->assertSame( '', $this->notice( $migration ) );

		update_option( CallMigration::VERSION_OPTION, '1' );
		$migration->register();
		$this->assertFalse( has_action( 'init', array( $migration, 'migrate' ) ) );
		delete_option( CallMigration::VERSION_OPTION );
		$migration->register();
		$this->assertSame( 1, has_action( 'init', array( $migration, 'migrate' ) ) );
		remove_action( 'init', array( $migration, 'migrate' ), 1 );
		remove_action( 'admin_notices', array( $migration, 'notice' ) );
	}

	private function module(): VendorModule {
		return Plugin::instance()->get( Registry::class )->get( 'loymax' );
	}

	private function notice( CallMigration $migration ): string {
		ob_start();
		$migration->notice();
		return (string) ob_get_clean();
	}
}
