<?php
/**
 * Generated hostile writes against the settings REST API.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

/**
 * Thousands of seeded random bodies per run (the seed is printed on failure): every answer is 200, 400
 * or 403, never a 5xx; a refused write changes nothing in the options table (its checksum); an accepted
 * one stores each value exactly as sent; no answer repeats a posted markup value.
 */
final class SettingsFuzzTest extends TestCase {

	private const CASES_PER_VENDOR = 600;
	private const ADMIN            = 1;

	private int $seed = 0;

	/** xorshift32 state: a reproducible stream for a printed seed (random_int cannot be seeded). */
	private int $state = 1;

	public function test_generated_bodies_are_stored_exactly_or_refused_without_a_change(): void {
		$this->seed = (int) ( getenv( 'FUZZ_SEED' ) ?: random_int( 1, PHP_INT_MAX >> 1 ) );
		$this->state = $this->seed & 0xFFFFFFFF ?: 1;
		wp_set_current_user( self::ADMIN );
		$answered = array();
		foreach ( array( 'oct8ne', 'belco', 'loymax', 'bambuser' ) as $vendor ) {
			$keys = array_keys( $this->get( $vendor )['schema']['properties'] );
			for ( $case = 0; $case < self::CASES_PER_VENDOR; $case++ ) {
				$status              = $this->one_case( $vendor, $this->body( $keys ) );
				$answered[ $status ] = ( $answered[ $status ] ?? 0 ) + 1;
			}
		}
		$this->assertSame( array(), array_diff( array_keys( $answered ), array( 200, 400, 403 ) ), $this->context() );
		$this->assertArrayHasKey( 200, $answered, 'some generated bodies are valid' );
		$this->assertArrayHasKey( 400, $answered, 'some generated bodies are refused' );
	}

	/**
	 * Posts one body and checks what the option holds afterwards; returns the status.
	 *
	 * @param string $vendor Vendor id.
	 * @param array  $body   Body to send as JSON.
	 */
	private function one_case( string $vendor, array $body ): int {
		$option  = 'commerce_bridge_' . $vendor;
		// Secrets live in an option of their own (not autoloaded).
		$before  = get_option( $option ) + get_option( $option . '_secrets', array() );
		$sum     = $this->options_checksum();
		$request = new \WP_REST_Request( 'POST', '/commerce-bridge/v1/settings/' . $vendor );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( $body ) );
		$response = rest_get_server()->dispatch( $request );
		$status   = $response->get_status();
		$after    = get_option( $option ) + get_option( $option . '_secrets', array() );
		$sent     = json_decode( (string) wp_json_encode( $body ), true );
		if ( 200 === $status ) {
			foreach ( $sent as $key => $value ) {
				$this->assertSame( $value, $after[ $key ], $this->context( $vendor, $body ) );
			}
		} else {
			$this->assertSame( $before, $after, $this->context( $vendor, $body ) );
			$this->assertSame( $sum, $this->options_checksum(), $this->context( $vendor, $body ) );
			$answer = (string) wp_json_encode( $response->get_data(), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
			foreach ( array_filter( $sent, static fn ( $value ) => is_string( $value ) && str_contains( $value, '<' ) ) as $value ) {
				$this->assertStringNotContainsString( $value, $answer, $this->context( $vendor, $body ) );
			}
		}
		return $status;
	}

	/**
	 * A body of 1–4 keys: mostly real setting names, sometimes hostile ones.
	 *
	 * @param list<string> $keys The vendor's setting names.
	 */
	private function body( array $keys ): array {
		$hostile = array( '__proto__', 'constructor', '', 'enabled ', 'ENABLED', "lic\0ense", 'toString', 'shopId[]' );
		$body    = array();
		for ( $n = $this->rand( 1, 4 ); $n > 0; $n-- ) {
			$key          = $this->rand( 0, 9 ) ? $keys[ $this->rand( 0, count( $keys ) - 1 ) ] : $hostile[ $this->rand( 0, count( $hostile ) - 1 ) ];
			$body[ $key ] = $this->value( 2 );
		}
		return $body;
	}

	/**
	 * A random JSON value, biased towards the shapes settings take and the ones that broke them.
	 *
	 * @param int $depth Nesting left for arrays and objects.
	 * @return mixed
	 */
	private function value( int $depth ) {
		$strings = array( '', 'eu', 'us', 'id', 'email', 'same-tab', 'smart', 'plain-token-1', ' padded ', '<b>tok</b>', "nul\0byte", "line\nbreak", "tab\there", '%20', 'ünïcødé €', '<script>alert(1)</script>', str_repeat( 'x', 300 ), '{SHOP_ID}' );
		switch ( $this->rand( 0, 8 ) ) {
			case 0:
				return null;
			case 1:
				return (bool) $this->rand( 0, 1 );
			case 2:
				return $this->rand( -5, 100000 );
			case 3:
				return $this->rand( 0, 1000 ) / 7;
			case 4:
				return $depth > 0 ? array_map( fn () => $this->value( $depth - 1 ), range( 1, $this->rand( 1, 3 ) ) ) : array();
			case 5:
				return $depth > 0 ? array( 'k' . $this->rand( 0, 9 ) => $this->value( $depth - 1 ) ) : array();
			default:
				return $strings[ $this->rand( 0, count( $strings ) - 1 ) ];
		}
	}

	/** CHECKSUM TABLE of the options table, as this transaction sees it. */
	private function options_checksum(): string {
		global $wpdb;
		// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the table name is WordPress's own.
		return (string) $wpdb->get_row( "CHECKSUM TABLE {$wpdb->options}", ARRAY_N )[1];
	}

	/**
	 * A reproducible random integer in [min, max].
	 *
	 * @param int $min Lowest value.
	 * @param int $max Highest value.
	 */
	private function rand( int $min, int $max ): int {
		$x           = $this->state;
		$x          ^= ( $x << 13 ) & 0xFFFFFFFF;
		$x          ^= $x >> 17;
		$x          ^= ( $x << 5 ) & 0xFFFFFFFF;
		$this->state = $x;
		return $min + $x % ( $max - $min + 1 );
	}

	/**
	 * GET of one vendor's settings.
	 *
	 * @param string $vendor Vendor id.
	 */
	private function get( string $vendor ): array {
		return rest_get_server()->dispatch( new \WP_REST_Request( 'GET', '/commerce-bridge/v1/settings/' . $vendor ) )->get_data();
	}

	/**
	 * What a failure needs to be reproduced.
	 *
	 * @param string $vendor Vendor id.
	 * @param array  $body   The body sent.
	 */
	private function context( string $vendor = '', array $body = array() ): string {
		return sprintf( 'FUZZ_SEED=%d %s %s', $this->seed, $vendor, (string) wp_json_encode( $body ) );
	}
}
