<?php
/**
 * The plugin's personal data through WordPress's exporters and erasers.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Privacy;

use CommerceBridge\Install\Tables;
use CommerceBridge\Privacy\DataSource;
use CommerceBridge\Tests\TestCase;

/**
 * Sanne (fixture user 2) and Lotte (18) each have a wishlist, queued events and orders placed in an
 * oct8ne chat; exporting Sanne finds hers, erasing Sanne removes hers and leaves Lotte's.
 */
final class PersonalDataTest extends TestCase {

	private const SANNE = 2;
	private const LOTTE = 18;

	protected function setUp(): void {
		parent::setUp();
		foreach ( array( self::SANNE, self::LOTTE ) as $user_id ) {
			$this->wish( $user_id, 14 );
			$this->wish( $user_id, 57 );
			$this->queue( 'u:' . $user_id, array( 'kind' => 'cartAdd' ) );
			$this->queue( 's:' . $user_id, array( 'kind' => 'cartRemove' ) );
			$this->chat( $this->order_of( $user_id ), 'chat-of-' . $user_id );
		}
		// A guest's login event that names Sanne by e-mail (Loymax userIdMode "email").
		$this->queue( 'v:' . str_repeat( 'a', 32 ), array( 'kind' => 'auth', 'userId' => $this->email( self::SANNE ) ) );
	}

	public function test_the_plugin_registers_an_exporter_and_an_eraser_per_source_beside_woocommerces(): void {
		$ids       = array( 'commerce-bridge-wishlist', 'commerce-bridge-queued-events', 'commerce-bridge-oct8ne-sessions' );
		$exporters = array_keys( apply_filters( 'wp_privacy_personal_data_exporters', array() ) );
		$this->assertSame( $ids, array_values( array_intersect( $exporters, $ids ) ) );
		$this->assertContains( 'woocommerce-customer-data', $exporters );
		$this->assertSame( $ids, array_values( array_intersect( array_keys( apply_filters( 'wp_privacy_personal_data_erasers', array() ) ), $ids ) ) );
	}

	public function test_an_export_finds_the_customers_data_and_only_theirs(): void {
		$wishlist = $this->export( 'wishlist', self::SANNE );
		$this->assertTrue( $wishlist['done'] );
		$this->assertCount( 2, $wishlist['data'] );
		$this->assertSame( 'commerce-bridge', $wishlist['data'][0]['group_id'] );
		$this->assertStringContainsString( get_the_title( 14 ), $wishlist['data'][0]['data'][0]['value'] );

		$events = wp_json_encode( $this->export( 'queued-events', self::SANNE )['data'] );
		$this->assertSame( 3, substr_count( (string) $events, '"item_id"' ), 'account, session and the event naming her e-mail' );
		$this->assertStringContainsString( 'auth', (string) $events );

		$chats = wp_json_encode( $this->export( 'oct8ne-sessions', self::SANNE )['data'] );
		$this->assertStringContainsString( 'chat-of-' . self::SANNE, (string) $chats );
		$this->assertStringNotContainsString( 'chat-of-' . self::LOTTE, (string) $chats );
	}

	public function test_an_erasure_removes_the_customers_data_and_keeps_everyone_elses(): void {
		foreach ( array( 'wishlist', 'queued-events', 'oct8ne-sessions' ) as $source ) {
			$answer = $this->erase( $source, self::SANNE );
			$this->assertTrue( $answer['items_removed'], $source );
			$this->assertTrue( $answer['done'], $source );
			$this->assertSame( array(), $this->export( $source, self::SANNE )['data'], "$source: nothing left of Sanne" );
			$this->assertNotSame( array(), $this->export( $source, self::LOTTE )['data'], "$source: Lotte's stays" );
		}
		$this->assertFalse( $this->erase( 'wishlist', self::SANNE )['items_removed'], 'a second erasure finds nothing' );
	}

	public function test_an_unknown_address_has_no_data(): void {
		foreach ( array( 'wishlist', 'queued-events', 'oct8ne-sessions' ) as $source ) {
			$exporter = apply_filters( 'wp_privacy_personal_data_exporters', array() )[ 'commerce-bridge-' . $source ]['callback'];
			$this->assertSame( array(), $exporter( 'nobody@example.com', 1 )['data'], $source );
		}
	}

	public function test_large_sets_are_exported_and_erased_a_page_at_a_time(): void {
		for ( $i = 0; $i < DataSource::PAGE_SIZE; $i++ ) {
			$this->queue( 'u:' . self::SANNE, array( 'kind' => 'productView' ) );
		}
		$first = $this->export( 'queued-events', self::SANNE );
		$this->assertCount( DataSource::PAGE_SIZE, $first['data'] );
		$this->assertFalse( $first['done'] );
		$this->assertCount( 3, $this->export( 'queued-events', self::SANNE, 2 )['data'] );
		$this->assertFalse( $this->erase( 'queued-events', self::SANNE )['done'], 'WordPress calls again' );
		$this->assertTrue( $this->erase( 'queued-events', self::SANNE )['done'] );
	}

	private function export( string $source, int $user_id, int $page = 1 ): array {
		$exporter = apply_filters( 'wp_privacy_personal_data_exporters', array() )[ 'commerce-bridge-' . $source ]['callback'];
		return $exporter( $this->email( $user_id ), $page );
	}

	private function erase( string $source, int $user_id ): array {
		$eraser = apply_filters( 'wp_privacy_personal_data_erasers', array() )[ 'commerce-bridge-' . $source ]['callback'];
		return $eraser( $this->email( $user_id ), 1 );
	}

	private function email( int $user_id ): string {
		return get_userdata( $user_id )->user_email;
	}

	private function order_of( int $user_id ): int {
		$ids = wc_get_orders(
			array(
				'customer_id' => $user_id,
				'limit'       => 1,
				'return'      => 'ids',
			)
		);
		$this->assertNotEmpty( $ids, "fixture: customer $user_id has orders" );
		return (int) $ids[0];
	}

	private function wish( int $user_id, int $product_id ): void {
		global $wpdb;
		$wpdb->insert(
			Tables::name( Tables::WISHLIST ),
			array(
				'owner_type' => 'user',
				'owner_key'  => (string) $user_id,
				'product_id' => $product_id,
				'created_at' => gmdate( 'Y-m-d H:i:s' ),
			)
		);
	}

	private function queue( string $owner, array $payload ): void {
		global $wpdb;
		$wpdb->insert(
			Tables::name( Tables::EVENTS ),
			array(
				'owner_key'  => $owner,
				'event_type' => 'loymax',
				'payload'    => (string) wp_json_encode( $payload ),
				'created_at' => gmdate( 'Y-m-d H:i:s' ),
			)
		);
	}

	private function chat( int $order_id, string $session ): void {
		global $wpdb;
		$wpdb->replace(
			Tables::name( Tables::OCT8NE_SESSIONS ),
			array(
				'order_id'   => $order_id,
				'session_id' => $session,
				'created_at' => gmdate( 'Y-m-d H:i:s' ),
			)
		);
	}
}
