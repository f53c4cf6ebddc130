<?php
/**
 * Favourites and back-in-stock subscriptions reach Loymax's custom event.
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
use CommerceBridge\Vendors\Loymax\Ids;
use CommerceBridge\Vendors\Loymax\ServerEvents;
use CommerceBridge\Vendors\Loymax\ShopEvents;

/**
 * Fires the documented actions and the known plugins' own actions (with the arguments those plugins
 * pass) and reads what the visitor's next page receives from the real event queue.
 */
final class ShopEventsTest extends TestCase {

	use OwnEmitter;

	private const HOOKS = array( ShopEvents::FAVOURITE, ShopEvents::BACK_IN_STOCK );

	private FakeStore $fake;
	private EventQueue $queue;
	private bool $allowed = true;

	/** @var array<string, \WP_Hook|null> hooks as they were before the test. */
	private array $hooks = array();

	protected function setUp(): void {
		parent::setUp();
		$this->fake              = new FakeStore();
		$this->fake->session_key = 't_loymax_shop_events';
		$this->queue             = new EventQueue( $this->use_store( $this->fake ) );
		update_option( 'commerce_bridge_loymax', array( 'enabled' => true ) );
		foreach ( self::HOOKS as $hook ) {
			$this->hooks[ $hook ] = $GLOBALS['wp_filter'][ $hook ] ?? null;
			remove_all_actions( $hook );
		}
	}

	protected function tearDown(): void {
		$this->restore_signals();
		foreach ( $this->hooks as $hook => $saved ) {
			remove_all_actions( $hook );
			if ( $saved ) {
				$GLOBALS['wp_filter'][ $hook ] = $saved; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- put back what the test removed.
			}
		}
		$GLOBALS['current_screen'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- back to a storefront request.
		parent::tearDown();
	}

	public function test_the_documented_actions_queue_the_configured_custom_events(): void {
		$this->register( array() );
		do_action( ShopEvents::FAVOURITE );
		do_action( ShopEvents::BACK_IN_STOCK );
		$this->assertSame(
			array(
				array( 'kind' => 'custom', 'eventName' => 'favourite_add' ),
				array( 'kind' => 'custom', 'eventName' => 'back_in_stock_subscribe' ),
			),
			$this->delivered()
		);
	}

	public function test_known_plugins_fire_them_with_their_own_arguments(): void {
		$this->register( array( 'favouriteEvent' => 'wishlist', 'backInStockEvent' => 'notify_me' ) );
		do_action( 'yith_wcwl_added_to_wishlist', 14, 3, 2 );
		do_action( 'cwginstock_after_insert_subscriber', 7, array( 'product_id' => 14, 'variation_id' => 0, 'user_email' => 'a@example.com' ) );
		do_action( 'woocommerce_bis_create_notification', new \stdClass() );
		$this->assertSame( array( 'wishlist', 'notify_me', 'notify_me' ), array_column( $this->delivered(), 'eventName' ) );
	}

	public function test_nothing_is_queued_when_off_without_consent_or_from_wp_admin(): void {
		$this->register( array( 'favouriteEvent' => '' ) );
		do_action( ShopEvents::FAVOURITE );
		$this->assertSame( array(), $this->delivered(), 'an empty event name is off' );

		$this->register( array( 'templateCustom' => '' ) );
		do_action( ShopEvents::BACK_IN_STOCK );
		$this->assertSame( array(), $this->delivered(), 'no custom call template, no event' );

		$this->allowed = false;
		$this->register( array() );
		do_action( ShopEvents::BACK_IN_STOCK );
		$this->assertSame( array(), $this->delivered(), 'not while the visitor has not consented' );

		$this->allowed = true;
		$this->register( array() );
		require_once ABSPATH . 'wp-admin/includes/class-wp-screen.php';
		require_once ABSPATH . 'wp-admin/includes/screen.php';
		set_current_screen( 'edit-product' );
		do_action( 'woocommerce_bis_create_notification', new \stdClass() );
		$this->assertSame( array(), $this->delivered(), 'staff adding a subscription in wp-admin' );
	}

	/**
	 * Registers the shop events over the module defaults with a custom template set.
	 *
	 * @param array $changes Changed settings.
	 */
	private function register( array $changes ): void {
		foreach ( self::HOOKS as $hook ) {
			remove_all_actions( $hook );
		}
		$defaults = Plugin::instance()->get( Registry::class )->get( 'loymax' )->defaults();
		$settings = $changes + array( 'templateCustom' => '{"call": "lmx", "args": ["{EVENT_NAME}"]}' ) + $defaults;
		$allowed  = $this->allowed;
		$server   = new ServerEvents( $this->queue, new Ids( $this->fake, $settings ), $settings, static fn (): bool => $allowed );
		$shop     = new ShopEvents( $server, $settings );
		$shop->register();
		$this->own_emitter( $this->fake, array( array( Plugin::instance()->get( Registry::class )->get( 'loymax' ), $shop ) ) );
	}

	/** Payloads of the queued Loymax events. */
	private function delivered(): array {
		$events = array_filter( $this->queue->pull(), static fn ( array $event ) => ServerEvents::TYPE === $event['type'] );
		return array_values( array_column( $events, 'payload' ) );
	}
}
