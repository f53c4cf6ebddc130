<?php
/**
 * Each vendor's suggested privacy-policy text in WordPress's policy guide.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Privacy;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Bambuser;
use CommerceBridge\Vendors\Belco;
use CommerceBridge\Vendors\Loymax;
use CommerceBridge\Vendors\Oct8ne;

/**
 * Texts for enabled vendors only, each saying what the vendor receives and leaving the basis and retention
 * to the owner; the guide renders them (the e2e spec privacy-guide opens them in a browser).
 */
final class PolicyTextTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
		require_once ABSPATH . 'wp-admin/includes/screen.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-privacy-policy-content.php';
		set_current_screen( 'options-privacy' );
		$GLOBALS['wp_actions']['admin_init'] = 1;
		$this->policy_content( array() );
	}

	protected function tearDown(): void {
		$this->policy_content( array() );
		unset( $GLOBALS['wp_actions']['admin_init'] );
		unset( $GLOBALS['current_screen'] );
		parent::tearDown();
	}

	public function test_the_guide_holds_a_text_for_each_enabled_vendor_only(): void {
		$store = $this->use_store( new FakeStore() );
		$events = new EventQueue( $store );
		$texts  = array(
			new Oct8ne\Privacy( $this->module( new Oct8ne\Oct8neModule( $store, $events ), true ) ),
			new Belco\Privacy( $this->module( new Belco\BelcoModule( $store, $events ), true ) ),
			new Loymax\Privacy( $this->module( new Loymax\LoymaxModule( $store, $events ), true ) ),
			new Bambuser\Privacy( $this->module( new Bambuser\BambuserModule( $store, $events ), false ) ),
		);
		foreach ( $texts as $text ) {
			$text->suggest();
		}
		$names = array_column( \WP_Privacy_Policy_Content::get_suggested_policy_text(), 'plugin_name' );
		$this->assertSame( array( 'Commerce Bridge: oct8ne', 'Commerce Bridge: Belco', 'Commerce Bridge: Loymax SmartCom' ), $names );

		ob_start();
		\WP_Privacy_Policy_Content::privacy_policy_guide();
		$guide = (string) ob_get_clean();
		$this->assertSame( 3, substr_count( $guide, 'privacy-settings-accordion-panel' ) );
		$this->assertStringContainsString( 'processor agreement with Belco', $guide );
		$this->assertStringContainsString( 'order confirmation page', $guide );
	}

	public function test_each_text_says_what_the_vendor_receives_and_leaves_basis_and_retention_to_the_owner(): void {
		$store  = $this->use_store( new FakeStore() );
		$events = new EventQueue( $store );
		$texts  = array(
			'oct8ne'   => new Oct8ne\Privacy( new Oct8ne\Oct8neModule( $store, $events ) ),
			'Belco'    => new Belco\Privacy( new Belco\BelcoModule( $store, $events ) ),
			'Loymax'   => new Loymax\Privacy( new Loymax\LoymaxModule( $store, $events ) ),
			'Bambuser' => new Bambuser\Privacy( new Bambuser\BambuserModule( $store, $events ) ),
		);
		foreach ( $texts as $label => $text ) {
			$html = $text->html();
			$this->assertStringContainsString( '<h2>' . $label, $html );
			$this->assertStringContainsString( 'privacy-policy-tutorial', $html, "$label: a note for the owner" );
			$this->assertStringContainsString( 'e-mail address', str_replace( 'email address', 'e-mail address', $html ), "$label: what it receives" );
			$this->assertMatchesRegularExpression( '/consent/', $html, "$label: the basis" );
		}
	}

	private function module( $module, bool $enabled ) {
		$module->update( array( 'enabled' => $enabled ) );
		return $module;
	}

	/**
	 * Sets WordPress's collected suggestions.
	 *
	 * @param array $content Collected content.
	 */
	private function policy_content( array $content ): void {
		$property = new \ReflectionProperty( \WP_Privacy_Policy_Content::class, 'policy_content' );
		$property->setValue( null, $content );
	}
}
