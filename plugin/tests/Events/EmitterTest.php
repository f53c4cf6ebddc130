<?php
/**
 * The server's one producer of commerce events.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Events;

use CommerceBridge\Events\Emitter;
use CommerceBridge\Events\ServerEvent;
use CommerceBridge\Events\Subscriber;
use CommerceBridge\Plugin;
use CommerceBridge\Registry;
use CommerceBridge\Tests\Support\FakeStore;
use CommerceBridge\Tests\Support\OwnEmitter;
use CommerceBridge\Tests\TestCase;

/**
 * Fires WordPress's and WooCommerce's own hooks and records what two real vendor modules' subscribers
 * receive: each event once per subscribed vendor, nothing for a vendor that is off.
 */
final class EmitterTest extends TestCase {

	use OwnEmitter;

	private FakeStore $fake;

	/** @var array<string, list<ServerEvent>> events received, by vendor id. */
	private array $received = array( 'oct8ne' => array(), 'belco' => array() );

	protected function setUp(): void {
		parent::setUp();
		$this->fake        = new FakeStore();
		$this->fake->lines = array( self::line( 'k14', 14, 1 ) );
		$store             = $this->use_store( $this->fake );
		$registry          = Plugin::instance()->get( Registry::class );
		$pairs             = array();
		foreach ( array_keys( $this->received ) as $id ) {
			update_option( 'commerce_bridge_' . $id, array( 'enabled' => true ) );
			$pairs[] = array( $registry->get( $id ), $this->recorder( $id ) );
		}
		$this->own_emitter( $store, $pairs );
	}

	protected function tearDown(): void {
		$this->restore_signals();
		unset( $_SERVER['HTTP_X_REQUESTED_WITH'] );
		parent::tearDown();
	}

	public function test_a_sign_up_reaches_each_subscribed_vendor_once_though_two_hooks_announce_it(): void {
		do_action( 'user_register', 2, array() );
		do_action( 'woocommerce_created_customer', 2, array(), false );
		foreach ( $this->received as $vendor => $events ) {
			$this->assertSame( array( array( ServerEvent::REGISTERED, array( 'userId' => 2 ) ) ), self::plain( $events ), $vendor );
		}
	}

	public function test_an_order_placed_reaches_each_vendor_once_though_the_checkout_announces_it_twice(): void {
		do_action( 'woocommerce_new_order', 218, null );
		do_action( 'woocommerce_checkout_order_created', wc_create_order( array( 'status' => 'pending' ) ) );
		$created = (int) end( $this->received['oct8ne'] )->data['orderId'];
		do_action( 'woocommerce_new_order', $created, null );
		$this->assertSame( array( array( 218 ), array( $created ) ), array_map( static fn ( ServerEvent $event ) => array( $event->data['orderId'] ), $this->received['belco'] ) );
	}

	public function test_account_saves_say_whether_the_user_is_staff(): void {
		do_action( 'profile_update', 1, null, array() );
		do_action( 'profile_update', 2, null, array() );
		$this->assertSame(
			array(
				array( ServerEvent::ACCOUNT_UPDATED, array( 'userId' => 1, 'staff' => true ) ),
				array( ServerEvent::ACCOUNT_UPDATED, array( 'userId' => 2, 'staff' => false ) ),
			),
			self::plain( $this->received['oct8ne'] )
		);
	}

	public function test_a_vendor_that_is_off_gets_nothing(): void {
		update_option( 'commerce_bridge_belco', array( 'enabled' => false ) );
		do_action( 'wp_login', 'sanne.devries', get_user_by( 'id', 2 ) );
		$this->assertSame( array( array( ServerEvent::LOGGED_IN, array( 'userId' => 2 ) ) ), self::plain( $this->received['oct8ne'] ) );
		$this->assertSame( array(), $this->received['belco'] );
	}

	public function test_an_add_carries_the_line_and_the_cart_after_it_and_says_whether_the_browser_sees_it(): void {
		do_action( 'woocommerce_add_to_cart', 'k14', 14, 1, 0, array(), array() );
		$_SERVER['HTTP_X_REQUESTED_WITH'] = 'XMLHttpRequest';
		$this->fake->lines[]              = self::line( 'k16', 16, 2 );
		do_action( 'woocommerce_add_to_cart', 'k16', 16, 2, 0, array(), array() );
		$events = $this->received['oct8ne'];
		$this->assertCount( 2, $events );
		$this->assertSame( array( 'added', false, 'k14', array( 'k14' ) ), self::cart_facts( $events[0] ) );
		$this->assertSame( array( 'added', true, 'k16', array( 'k14', 'k16' ) ), self::cart_facts( $events[1] ) );
	}

	public function test_a_removal_carries_the_line_as_it_was_and_the_cart_without_it(): void {
		do_action( 'woocommerce_remove_cart_item', 'k14', null );
		$this->fake->lines = array();
		do_action( 'woocommerce_cart_item_removed', 'k14', null );
		$this->assertSame( array( 'removed', false, 'k14', array() ), self::cart_facts( $this->received['belco'][0] ) );
		$this->assertSame( 1, $this->received['belco'][0]->data['line']['quantity'] );
	}

	public function test_an_account_created_by_staff_is_no_sign_up(): void {
		wp_set_current_user( 1 );
		do_action( 'user_register', 2, array() );
		$this->assertSame( array(), $this->received['oct8ne'] );
	}

	public function test_wishlist_and_stock_alert_plugins_become_typed_events(): void {
		do_action( 'yith_wcwl_added_to_wishlist', 14, 3, 2 );
		do_action( Emitter::WISHLIST_CHANGED_ACTION, 2 );
		do_action( 'cwginstock_after_insert_subscriber', 7, array( 'product_id' => 14 ) );
		$this->assertSame(
			array(
				array( ServerEvent::WISHLIST_CHANGED, array( 'reason' => 'added', 'productId' => 14, 'byVisitor' => true ) ),
				array( ServerEvent::WISHLIST_CHANGED, array( 'reason' => 'merged', 'productId' => 0, 'byVisitor' => true ) ),
				array( ServerEvent::STOCK_ALERT, array( 'productId' => 14, 'byVisitor' => true ) ),
			),
			self::plain( $this->received['belco'] )
		);
	}

	public function test_malformed_events_are_refused_at_the_boundary(): void {
		$this->expectException( \InvalidArgumentException::class );
		ServerEvent::cart_changed( 'emptied', false, null, array() );
	}

	public function test_the_test_support_takes_over_every_hook_the_emitter_adds(): void {
		$this->restore_signals();
		$before = self::hook_counts();
		$kept   = array_map( static fn ( \WP_Hook $hook ) => clone $hook, $GLOBALS['wp_filter'] );
		( new Emitter( $this->fake, static fn () => array() ) )->register();
		$added = array_keys( array_diff_assoc( self::hook_counts(), $before ) );
		// The probe emitter (over the fake store) must not stay on the real hooks for later tests.
		foreach ( $added as $hook ) {
			if ( isset( $kept[ $hook ] ) ) {
				$GLOBALS['wp_filter'][ $hook ] = $kept[ $hook ]; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- undoing the probe.
			} else {
				unset( $GLOBALS['wp_filter'][ $hook ] );
			}
		}
		sort( $added );
		$listed = self::$signals;
		sort( $listed );
		$this->assertSame( $listed, $added );
	}

	/** @return array<string, int> callbacks per hook. */
	private static function hook_counts(): array {
		return array_map( static fn ( \WP_Hook $hook ) => count( $hook->callbacks, COUNT_RECURSIVE ), $GLOBALS['wp_filter'] );
	}

	private function recorder( string $vendor ): Subscriber {
		$record = function ( ServerEvent $event ) use ( $vendor ): void {
			$this->received[ $vendor ][] = $event;
		};
		return new class( $record ) implements Subscriber {
			/**
			 * Constructor.
			 *
			 * @param \Closure $record Records an event.
			 */
			public function __construct( private \Closure $record ) {
			}

			public function handlers(): array {
				$types = array( ServerEvent::CART_CHANGED, ServerEvent::LOGGED_IN, ServerEvent::REGISTERED, ServerEvent::WISHLIST_CHANGED, ServerEvent::STOCK_ALERT, ServerEvent::ORDER_PLACED, ServerEvent::ACCOUNT_UPDATED );
				return array_fill_keys( $types, $this->record );
			}
		};
	}

	private static function line( string $key, int $product_id, int $quantity ): array {
		return array(
			'key'          => $key,
			'product_id'   => $product_id,
			'variation_id' => 0,
			'quantity'     => $quantity,
			'category_ids' => array( 18 ),
		);
	}

	/** @param list<ServerEvent> $events Events. */
	private static function plain( array $events ): array {
		return array_map( static fn ( ServerEvent $event ) => array( $event->type, $event->data ), $events );
	}

	private static function cart_facts( ServerEvent $event ): array {
		return array( $event->data['reason'], $event->data['live'], $event->data['line']['key'], array_column( $event->data['cart'], 'key' ) );
	}
}
