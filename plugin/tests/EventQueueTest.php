<?php
/**
 * The next-page event queue.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Events\EventQueue;
use CommerceBridge\Install\Tables;
use CommerceBridge\Tests\Support\FakeStore;

/**
 * Push, pull, owner keys and the hand-over on login, on the real events table.
 */
final class EventQueueTest extends TestCase {

	private FakeStore $fake;
	private EventQueue $queue;

	protected function setUp(): void {
		parent::setUp();
		$this->fake  = new FakeStore();
		$this->queue = new EventQueue( $this->use_store( $this->fake ) );
	}

	public function test_pull_returns_the_visitors_events_once_in_order(): void {
		$this->fake->session_key = 't_guest1';
		$this->queue->push( 'cartChanged', array( 'count' => 1 ) );
		$this->queue->push( 'cartChanged', array( 'count' => 2 ) );
		$this->assertSame(
			array(
				array( 'type' => 'cartChanged', 'payload' => array( 'count' => 1 ) ),
				array( 'type' => 'cartChanged', 'payload' => array( 'count' => 2 ) ),
			),
			$this->queue->pull()
		);
		$this->assertSame( array(), $this->queue->pull() );
	}

	public function test_other_visitors_do_not_see_the_events(): void {
		$this->fake->session_key = 't_guest1';
		$this->queue->push( 'orderPlaced', array( 'orderId' => 218 ) );
		$this->fake->session_key = 't_guest2';
		$this->assertSame( array(), $this->queue->pull() );
		wp_set_current_user( 2 );
		$this->assertSame( array(), $this->queue->pull() );
	}

	public function test_a_visitor_without_session_gets_a_cookie_key(): void {
		$this->queue->push( 'productViewed', array( 'productId' => 14 ) );
		$this->assertMatchesRegularExpression( '/^[a-f0-9]{32}$/', $_COOKIE[ EventQueue::COOKIE ] );
		$this->assertSame( 'v:' . $_COOKIE[ EventQueue::COOKIE ], $this->queue->owner_key( false ) );
		$this->assertCount( 1, $this->queue->pull() );
	}

	public function test_login_hands_guest_events_and_later_pushes_to_the_user(): void {
		$this->fake->session_key = 't_before_login';
		$this->queue->push( 'cartChanged', array( 'count' => 3 ) );
		$this->queue->move_to_user( 'sanne.devries', get_user_by( 'id', 2 ) );
		$this->queue->push( 'loggedIn', array( 'userId' => 2 ) );

		// Next request: logged in, WooCommerce's session now keyed by the user id.
		$next                    = new FakeStore();
		$next->session_key       = '2';
		$after_redirect          = new EventQueue( $next );
		wp_set_current_user( 2 );
		$this->assertSame( array( 'cartChanged', 'loggedIn' ), array_column( $after_redirect->pull(), 'type' ) );
	}

	public function test_events_older_than_a_day_are_pruned(): void {
		global $wpdb;
		$this->fake->session_key = 't_old';
		$wpdb->insert(
			Tables::name( Tables::EVENTS ),
			array(
				'owner_key'  => 's:t_old',
				'event_type' => 'stale',
				'payload'    => '{}',
				'created_at' => gmdate( 'Y-m-d H:i:s', time() - DAY_IN_SECONDS - 60 ),
			)
		);
		$stale_id = $wpdb->insert_id;
		$this->queue->push( 'fresh', array() );
		$this->assertNull( $wpdb->get_var( $wpdb->prepare( 'SELECT id FROM ' . Tables::name( Tables::EVENTS ) . ' WHERE id = %d', $stale_id ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$this->assertSame( array( 'fresh' ), array_column( $this->queue->pull(), 'type' ) );
	}
}
