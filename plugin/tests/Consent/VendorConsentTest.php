<?php
/**
 * Which vendors load for a visitor: consent categories, "require consent", a theme's veto.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Consent;

use CommerceBridge\Consent\ConsentSettings;
use CommerceBridge\Consent\VendorConsent;
use CommerceBridge\Events\Emitter;
use CommerceBridge\Events\EventQueue;
use CommerceBridge\Frontend\Assets;
use CommerceBridge\Frontend\PageContext;
use CommerceBridge\Registry;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\TestCase;

/**
 * Decisions on the real vendor modules. The WP Consent API's functions, once loaded, stay for the
 * process: the tests with the API (test/wordpress/consent-api-test) run in a process of their own.
 */
final class VendorConsentTest extends TestCase {

	private FakeStore $fake;
	private Registry $registry;
	private VendorConsent $consent;

	/** @var array<string, \WP_Hook> hooks before the test (modules' register() adds some). */
	private array $hooks;

	/** WordPress's script registry before the test (put back: other tests read the blocks' scripts). */
	private \WP_Scripts $scripts;

	protected function setUp(): void {
		parent::setUp();
		$this->hooks    = array_map( static fn ( \WP_Hook $hook ) => clone $hook, $GLOBALS['wp_filter'] );
		$this->fake     = new FakeStore();
		$store          = $this->use_store( $this->fake );
		$this->registry = new Registry( $store, new EventQueue( $store ) );
		$this->consent  = new VendorConsent();
		foreach ( array_keys( $this->registry->all() ) as $id ) {
			$this->registry->get( $id )->update( array( 'enabled' => true ) );
		}
		$this->scripts         = wp_scripts();
		$GLOBALS['wp_scripts'] = new \WP_Scripts();
	}

	protected function tearDown(): void {
		$GLOBALS['wp_filter'] = $this->hooks;
		$_COOKIE              = array();
		$GLOBALS['wp_scripts'] = $this->scripts;
		parent::tearDown();
	}

	public function test_without_a_consent_plugin_every_vendor_loads_as_before(): void {
		$this->assertFalse( ConsentSettings::api_present() );
		foreach ( $this->registry->all() as $module ) {
			$this->assertSame( VendorConsent::GRANTED, $this->consent->state( $module, VendorConsent::PAGE ) );
		}
		$config = $this->assets()->config();
		$this->assertNull( $config['consent'] );
		$this->assertSame( array( 'oct8ne', 'belco', 'loymax', 'bambuser' ), array_keys( $config['vendors'] ) );
	}

	public function test_require_consent_without_a_consent_plugin_keeps_every_vendor_waiting(): void {
		ConsentSettings::set_required( true );
		foreach ( $this->registry->all() as $module ) {
			$this->assertSame( VendorConsent::PENDING, $this->consent->state( $module, VendorConsent::PAGE ) );
			$this->assertFalse( $this->consent->allows( $module, VendorConsent::EVENTS ) );
		}
		$config = $this->assets()->config();
		$this->assertTrue( $config['consent']['required'] );
		$this->assertSame( array( 'marketing' ), ( (array) $config['consent']['vendors'] )['loymax'] );
		$this->assertSame( array( 'functional' ), ( (array) $config['consent']['vendors'] )['belco'] );
	}

	public function test_a_theme_vetoes_one_vendor_for_one_context(): void {
		$seen = array();
		add_filter(
			VendorConsent::FILTER,
			static function ( bool $allowed, string $vendor, string $context ) use ( &$seen ): bool {
				$seen[] = "$vendor:$context";
				return $allowed && ! ( 'belco' === $vendor && VendorConsent::PAGE === $context );
			},
			10,
			3
		);
		$belco = $this->registry->get( 'belco' );
		$this->assertSame( VendorConsent::VETOED, $this->consent->state( $belco, VendorConsent::PAGE ) );
		$this->assertTrue( $this->consent->allows( $belco, VendorConsent::EVENTS ) );
		$this->assertContains( 'belco:page', $seen );
		$this->assertContains( 'belco:events', $seen );

		$this->require_build();
		$this->assets()->enqueue();
		$this->assertFalse( wp_script_is( 'commerce-bridge-belco', 'registered' ) );
		$this->assertTrue( wp_script_is( 'commerce-bridge-oct8ne', 'enqueued' ) );
		$this->assertArrayNotHasKey( 'belco', $this->assets()->config()['vendors'] );
	}

	public function test_the_plugin_declares_itself_to_the_consent_api(): void {
		$this->assertSame( 'commerce-bridge/commerce-bridge.php', plugin_basename( COMMERCE_BRIDGE_FILE ) );
		$this->assertTrue( apply_filters( 'wp_consent_api_registered_commerce-bridge/commerce-bridge.php', false ) );
	}

	public function test_a_pending_loymax_snippet_is_printed_inert_and_a_vetoed_one_not_at_all(): void {
		$this->registry->get( 'loymax' )->update( array( 'trackerSnippet' => 'window.loymaxSnippetRan = {SHOP_ID};', 'shopId' => '4711' ) );
		$this->assertStringContainsString( '<script id="commerce-bridge-loymax-loader">', $this->loymax_head() );
		ConsentSettings::set_required( true );
		$head = $this->loymax_head();
		$this->assertMatchesRegularExpression( '/<script id="commerce-bridge-loymax-loader" type="text\/plain" data-commerce-bridge-consent="loymax">\s*window.loymaxSnippetRan = "4711";/', $head );
		$this->assertStringContainsString( 'id="commerce-bridge-loymax-loaded" type="text/plain" data-commerce-bridge-consent="loymax"', $head );
		add_filter( VendorConsent::FILTER, static fn ( bool $allowed, string $vendor ): bool => 'loymax' !== $vendor, 10, 2 );
		$this->assertSame( '', $this->loymax_head() );
	}

	public function test_loymax_queues_no_event_and_sets_no_visitor_cookie_while_consent_is_pending(): void {
		$this->registry->get( 'loymax' )->update(
			array(
				'cleanupOnLogout'   => true,
				'templateCartClear' => 'loymax.clear();',
			)
		);
		ConsentSettings::set_required( true );
		$this->registry->get( 'loymax' )->register();
		$this->commerce_events();
		do_action( 'wp_logout', 0 );
		$this->assertArrayNotHasKey( EventQueue::COOKIE, $_COOKIE );
		$this->assertSame( array(), ( new EventQueue( $this->fake ) )->pull() );

		ConsentSettings::set_required( false );
		$this->commerce_events(); // The next request's.
		do_action( 'wp_logout', 0 );
		$this->assertArrayHasKey( EventQueue::COOKIE, $_COOKIE, 'the same hook queues once consent is no longer required' );
		$this->assertSame( array( 'loymax' ), array_column( ( new EventQueue( $this->fake ) )->pull(), 'type' ) );
	}

	/** The commerce events of one request for this test's vendors, alone on wp_logout. */
	private function commerce_events(): void {
		remove_all_actions( 'wp_logout' );
		Emitter::for_registry( $this->fake, $this->registry )->register();
	}

	/**
	 * @runInSeparateProcess
	 * @preserveGlobalState disabled
	 */
	public function test_with_the_consent_api_each_vendor_waits_for_its_own_categories(): void {
		$this->load_consent_api();
		add_filter( 'wp_get_consent_type', static fn () => 'optin' );
		$this->assertSame( array(), $this->granted_vendors() );
		$config = $this->assets()->config();
		$this->assertFalse( $config['consent']['required'] );
		$this->assertSame( array( 'oct8ne', 'belco', 'loymax', 'bambuser' ), array_keys( $config['vendors'] ), 'waiting bundles are printed dormant' );

		$_COOKIE['wp_consent_marketing'] = 'allow';
		$this->assertSame( array( 'loymax' ), $this->granted_vendors() );
		$_COOKIE['wp_consent_functional'] = 'allow';
		$this->assertSame( array( 'oct8ne', 'belco', 'loymax', 'bambuser' ), $this->granted_vendors() );
		$_COOKIE['wp_consent_marketing'] = 'deny';
		$this->assertSame( array( 'belco' ), $this->granted_vendors() );

		$this->registry->get( 'belco' )->update( array( 'consentCategories' => array( 'functional', 'preferences' ) ) );
		$this->assertSame( array(), $this->granted_vendors(), 'the owner\'s categories decide' );
	}

	/**
	 * @runInSeparateProcess
	 * @preserveGlobalState disabled
	 */
	public function test_with_the_api_but_no_consent_banner_require_consent_decides(): void {
		$this->load_consent_api();
		$requested = array();
		add_filter(
			'wp_has_consent',
			static function ( bool $granted, string $category, $requested_by ) use ( &$requested ): bool {
				$requested[] = $requested_by;
				return $granted;
			},
			10,
			3
		);
		$this->assertCount( 4, $this->granted_vendors(), 'without a consent type the API grants everything' );
		$this->assertSame( array( 'commerce-bridge/commerce-bridge.php' ), array_values( array_unique( $requested ) ) );
		$this->assertTrue( consent_api_registered( 'commerce-bridge/commerce-bridge.php' ) );

		ConsentSettings::set_required( true );
		$this->assertSame( array(), $this->granted_vendors(), 'required: no consent type, nothing is known' );
		add_filter( 'wp_get_consent_type', static fn () => 'optout' );
		$this->assertCount( 4, $this->granted_vendors(), 'opt-out regime, nothing refused' );
		$_COOKIE['wp_consent_functional'] = 'deny';
		$this->assertSame( array( 'loymax' ), $this->granted_vendors() );
	}

	/** @return list<string> vendors granted now. */
	private function granted_vendors(): array {
		$granted = array_filter( $this->registry->all(), fn ( $module ) => $this->consent->allows( $module, VendorConsent::PAGE ) );
		return array_keys( $granted );
	}

	private function assets(): Assets {
		$store = $this->use_store( $this->fake );
		return new Assets( $this->registry, $store, new EventQueue( $store ), new PageContext( $store ), $this->consent );
	}

	/** What Loymax prints in <head>. */
	private function loymax_head(): string {
		remove_all_actions( 'wp_head' );
		$this->registry->get( 'loymax' )->register();
		ob_start();
		do_action( 'wp_head' );
		return (string) ob_get_clean();
	}

	private function load_consent_api(): void {
		require_once dirname( COMMERCE_BRIDGE_DIR ) . '/test/wordpress/consent-api-test/consent-api-test.php';
		$this->assertTrue( ConsentSettings::api_present() );
	}

	private function require_build(): void {
		if ( ! is_readable( COMMERCE_BRIDGE_DIR . 'build/widgets/oct8ne.asset.php' ) ) {
			$this->markTestSkipped( 'plugin/build is not built (npm run build:blocks).' );
		}
	}
}
