<?php
/**
 * What a non-transactional test changes in the store, put back afterwards.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

/**
 * For tests whose writes another process (the sidecar) must see: each keep_*() remembers a piece of the
 * fixture before the test changes it, restore() puts every piece back (and forgets WooCommerce's caches of it).
 */
final class RowSnapshot {

	/** @var array<string, array{session_value: string, session_expiry: string}|null> Session key => row (null: none). */
	private array $sessions = array();

	/** @var array<string, mixed> Option => value (false: none). */
	private array $options = array();

	/** @var array<int, array{string, string}> Product id => regular and sale price. */
	private array $prices = array();

	/**
	 * The stored session of $key as it is now.
	 *
	 * @param string $key WooCommerce session key.
	 */
	public function keep_session( string $key ): void {
		global $wpdb;
		$this->sessions[ $key ] = $wpdb->get_row( $wpdb->prepare( 'SELECT session_value, session_expiry FROM %i WHERE session_key = %s', self::sessions_table(), $key ), ARRAY_A );
	}

	/**
	 * A session the test creates, deleted afterwards.
	 *
	 * @param string $key WooCommerce session key.
	 */
	public function drop_session_afterwards( string $key ): void {
		$this->sessions[ $key ] = null;
	}

	public function keep_option( string $name ): void {
		$this->options[ $name ] = get_option( $name );
	}

	public function keep_product( int $id ): void {
		$product             = wc_get_product( $id );
		$this->prices[ $id ] = array( $product->get_regular_price( 'edit' ), $product->get_sale_price( 'edit' ) );
	}

	public function restore(): void {
		global $wpdb;
		foreach ( $this->prices as $id => $price ) {
			$product = wc_get_product( $id );
			$product->set_regular_price( $price[0] );
			$product->set_sale_price( $price[1] );
			$product->save();
		}
		foreach ( $this->options as $name => $value ) {
			false === $value ? delete_option( $name ) : update_option( $name, $value );
		}
		foreach ( $this->sessions as $key => $row ) {
			$wpdb->delete( self::sessions_table(), array( 'session_key' => $key ) );
			if ( null !== $row ) {
				$wpdb->insert( self::sessions_table(), array( 'session_key' => $key ) + $row );
			}
		}
		\WC_Cache_Helper::invalidate_cache_group( WC_SESSION_CACHE_GROUP );
		$this->sessions = array();
		$this->options  = array();
		$this->prices   = array();
	}

	private static function sessions_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'woocommerce_sessions';
	}
}
