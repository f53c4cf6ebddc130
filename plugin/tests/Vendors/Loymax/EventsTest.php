<?php
/**
 * Loymax page events and server-queued events.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Loymax;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\Support\OwnEmitter;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\WooCommerce\Store;
use CommerceBridge\Vendors\Loymax\Ids;
use CommerceBridge\Vendors\Loymax\LoymaxModule;
use CommerceBridge\Vendors\Loymax\ServerEvents;

/**
 * What each page's config carries and what the queue delivers on the next page, with ids per setting. Server
 * events come from WordPress's and WooCommerce's own hooks through the commerce events (Events\Emitter).
 */
final class EventsTest extends TestCase {

	use OwnEmitter;

	private FakeStore $fake;
	private EventQueue $queue;
	private Store $store;

	protected function setUp(): void {
		parent::setUp();
		$this->fake              = new FakeStore();
		$this->fake->session_key = 't_loymax_test';
		$this->store             = $this->use_store( $this->fake );
		$this->queue             = new EventQueue( $this->store );
		update_option( 'commerce_bridge_loymax', array( 'enabled' => true ) );
	}

	protected function tearDown(): void {
		$this->restore_signals();
		parent::tearDown();
	}

	public function test_a_form_post_add_to_cart_is_queued_with_resolved_ids(): void {
		$this->fake->skus = array( 40 => 'woo-hoodie' );
		$this->fake->lines = array(
			array(
				'key'          => 'abc',
				'product_id'   => 40,
				'variation_id' => 41,
				'quantity'     => 1,
				'category_ids' => array( 18 ),
			),
		);
		$this->server( array( 'productIdMode' => 'sku' ) );
		self::add( 'abc' );
		$this->server( array( 'productIdMode' => 'variation' ) );
		self::remove( 'abc' );
		$this->server( array() );
		self::add( 'unknown-key' );
		$this->assertSame(
			array(
				array( 'kind' => 'cartAdd', 'productId' => 'woo-hoodie', 'categoryId' => '18' ),
				array( 'kind' => 'cartRemove', 'productId' => '41' ),
			),
			$this->delivered()
		);
	}

	public function test_ajax_cart_changes_are_left_to_the_browser(): void {
		$this->fake->lines = array(
			array(
				'key'          => 'abc',
				'product_id'   => 14,
				'variation_id' => 0,
				'quantity'     => 1,
				'category_ids' => array(),
			),
		);
		add_filter( 'wp_doing_ajax', '__return_true' );
		$this->server( array() );
		self::add( 'abc' );
		remove_filter( 'wp_doing_ajax', '__return_true' );
		$this->assertSame( array(), $this->delivered() );
	}

	public function test_the_classic_cart_pages_jquery_posts_are_left_to_the_browser(): void {
		// cart.js posts the update form and follows remove links with jQuery, to the cart page itself.
		$this->fake->lines                = array(
			array(
				'key'          => 'abc',
				'product_id'   => 14,
				'variation_id' => 0,
				'quantity'     => 1,
				'category_ids' => array(),
			),
		);
		$_SERVER['HTTP_X_REQUESTED_WITH'] = 'XMLHttpRequest';
		try {
			$this->server( array() );
			self::add( 'abc' );
			self::remove( 'abc' );
		} finally {
			unset( $_SERVER['HTTP_X_REQUESTED_WITH'] );
		}
		$this->assertSame( array(), $this->delivered() );
		$this->server( array() );
		self::remove( 'abc' );
		$this->assertCount( 1, $this->delivered(), 'the same change from a page request is queued' );
	}

	public function test_login_and_registration_queue_one_auth_event_per_user(): void {
		$events = $this->server( array( 'userIdMode' => 'email' ) );
		$user   = get_userdata( 2 );
		$this->queue->move_to_user( $user->user_login, $user );
		do_action( 'wp_login', $user->user_login, $user );
		do_action( 'user_register', 2, array() );
		$events->queue_users();
		wp_set_current_user( 2 );
		$this->assertSame( array( array( 'kind' => 'auth', 'userId' => $user->user_email ) ), $this->delivered() );
	}

	public function test_an_account_created_by_staff_is_not_an_auth_event(): void {
		wp_set_current_user( 1 );
		$events = $this->server( array() );
		do_action( 'user_register', 2, array() );
		$events->queue_users();
		$this->assertSame( array(), $this->delivered() );
	}

	public function test_an_empty_template_disables_the_event(): void {
		$events = $this->server( array( 'templateAuth' => '' ) );
		do_action( 'user_register', 2, array() );
		$events->queue_users();
		$this->assertSame( array(), $this->delivered() );
	}

	public function test_logout_clean_up_follows_its_setting(): void {
		$this->server( array() );
		do_action( 'wp_logout', 2 );
		$this->assertSame( array(), $this->delivered() );
		$this->server( array( 'cleanupOnLogout' => true ) );
		do_action( 'wp_logout', 2 );
		$this->assertSame( array( array( 'kind' => 'cartClear' ) ), $this->delivered() );
	}

	public function test_a_product_pages_config_carries_its_ids_and_no_view_event(): void {
		$this->fake->product_id         = 40;
		$this->fake->product_categories = array( 18, 19 );
		$this->fake->skus               = array( 40 => 'woo-beanie' );
		$config                         = $this->config( array( 'productIdMode' => 'sku' ) );
		$this->assertSame( array(), $config['events'], 'the bundle sends the view on productViewed' );
		$this->assertSame( '{"products":{"40":{"productId":"woo-beanie","categoryId":"18"}}}', wp_json_encode( $config['ids'] ) );
		$this->assertSame( '{}', wp_json_encode( $this->config( array( 'trackerSnippet' => ' ' ) )['ids'] ), 'no tracker, no ids' );
	}

	public function test_category_page_sections_and_ids(): void {
		$term                    = get_term( self::clothing(), 'product_cat' );
		$this->fake->category_id = $term->term_id;
		$_SERVER['REQUEST_URI']  = '/product-category/clothing/?orderby=price';
		$map                     = array(
			array( 'match' => '/product-category/*', 'pageName' => 'catalogue' ),
			array( 'match' => '/product-category/clothing', 'pageName' => 'clothing_section' ),
			array( 'match' => '/cart/', 'pageName' => 'cart' ),
		);
		$config                  = $this->config( array( 'sectionMap' => $map, 'categoryIdMode' => 'slug' ) );
		$this->assertSame(
			array(
				array( 'kind' => 'section', 'pageName' => 'catalogue' ),
				array( 'kind' => 'section', 'pageName' => 'clothing_section' ),
			),
			$config['events']
		);
		$this->assertSame( '{"categories":{"' . $term->term_id . '":{"categoryId":"clothing"}}}', wp_json_encode( $config['ids'] ) );
	}

	public function test_the_order_received_page_carries_no_checkout_and_claims_nothing(): void {
		$this->fake->order_id      = 218;
		$this->fake->orders[ 218 ] = array( 'id' => 218, 'number' => 'N-218' );
		$config                    = $this->config( array( 'cleanupAfterOrder' => true ) );
		$this->assertSame( array(), $config['events'], 'the bundle asks for the checkout (CheckoutReport)' );
		$this->assertSame( '{}', wp_json_encode( $config['ids'] ) );
		$this->assertSame( array(), $this->fake->order_flags );
	}

	/** The fixture's "clothing" product category (WooCommerce registers product_cat). */
	private static function clothing(): int {
		return (int) get_term_by( 'slug', 'clothing', 'product_cat' )->term_id;
	}

	/** Settings over the defaults, with every template set. */
	private function settings( array $changes ): array {
		$module = Plugin::instance()->get( Registry::class )->get( 'loymax' );
		$all    = $module->defaults();
		foreach ( array_keys( $all ) as $key ) {
			if ( str_starts_with( $key, 'template' ) ) {
				$all[ $key ] = 'void 0;';
			}
		}
		return $changes + $all;
	}

	/**
	 * Loymax's server events over these settings, alone on the commerce signals.
	 *
	 * @param array $changes Changed settings.
	 */
	private function server( array $changes ): ServerEvents {
		$settings = $this->settings( $changes );
		$server   = new ServerEvents( $this->queue, new Ids( $this->fake, $settings ), $settings, static fn (): bool => true );
		$this->own_emitter( $this->fake, array( array( Plugin::instance()->get( Registry::class )->get( 'loymax' ), $server ) ) );
		return $server;
	}

	/**
	 * WooCommerce adds a cart line (the hook fires once the line is in the cart).
	 *
	 * @param string $key Cart item key.
	 */
	private static function add( string $key ): void {
		do_action( 'woocommerce_add_to_cart', $key, 14, 1, 0, array(), array() );
	}

	/**
	 * WooCommerce removes a cart line (a hook before and one after).
	 *
	 * @param string $key Cart item key.
	 */
	private static function remove( string $key ): void {
		do_action( 'woocommerce_remove_cart_item', $key, null );
		do_action( 'woocommerce_cart_item_removed', $key, null );
	}

	/**
	 * Loymax's storefront config over these settings (enabled, with a tracker snippet).
	 *
	 * @param array $changes Changed settings.
	 */
	private function config( array $changes ): array {
		update_option( 'commerce_bridge_loymax', $changes + array( 'enabled' => true, 'trackerSnippet' => '(function(){})();' ) );
		return ( new LoymaxModule( $this->store, $this->queue ) )->public_config();
	}

	/** Payloads of the queued Loymax events, as the next page receives them. */
	private function delivered(): array {
		$events = array_filter( $this->queue->pull(), static fn ( array $event ) => ServerEvents::TYPE === $event['type'] );
		return array_values( array_column( $events, 'payload' ) );
	}
}
