<?php
/**
 * Product changes recorded for the sidecar's search index.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\WooCommerce;

use CommerceBridge\Install\Tables;
use CommerceBridge\Tests\TestCase;

/**
 * Through WooCommerce's own product API on the fixture store: each kind of change stamps the parent
 * product's row. The table is emptied first, so a row proves the hook wrote it.
 * Fixture: Sneaker 102 is variable with per-variation stock (variation 114), Beanie 14 and Cap 16 are simple.
 */
final class ProductChangesTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i', $this->table() ) );
	}

	public function test_saving_a_product_through_woocommerce_records_it(): void {
		$product = wc_get_product( 14 );
		$product->set_name( 'Beanie renamed' );
		$product->save();
		$this->assertSame( array( 14 ), $this->recorded() );
		$this->assertEqualsWithDelta( time(), strtotime( $this->changed_at( 14 ) . ' UTC' ), 60 );
	}

	public function test_a_variation_stock_change_records_its_parent(): void {
		wc_update_product_stock( wc_get_product( 114 ), 3 );
		$this->assertSame( array( 102 ), $this->recorded() );
	}

	public function test_a_second_change_moves_the_stamp_forward(): void {
		$product = wc_get_product( 16 );
		$product->set_regular_price( '9' );
		$product->save();
		$first = $this->changed_at( 16 );
		usleep( 2000 );
		$product = wc_get_product( 16 );
		$product->set_regular_price( '11' );
		$product->save();
		$this->assertGreaterThan( $first, $this->changed_at( 16 ), 'microseconds tell two saves apart' );
	}

	public function test_a_variation_saved_through_wordpress_records_its_parent(): void {
		wp_update_post( array( 'ID' => 114, 'post_excerpt' => 'edited outside WooCommerce' ) );
		$this->assertSame( array( 102 ), $this->recorded() );
	}

	public function test_trash_and_untrash_record_the_product(): void {
		wp_trash_post( 14 );
		$this->assertSame( array( 14 ), $this->recorded() );
		$this->clear();
		wp_untrash_post( 14 );
		$this->assertSame( array( 14 ), $this->recorded() );
	}

	public function test_a_category_or_visibility_change_records_the_product_but_other_posts_are_not_recorded(): void {
		$accessories = (int) get_term_by( 'slug', 'accessories', 'product_cat' )->term_id;
		wp_set_object_terms( 16, array( $accessories ), 'product_cat', true );
		$this->assertSame( array( 16 ), $this->recorded() );
		$this->clear();
		wp_set_object_terms( 14, array( 'exclude-from-search' ), 'product_visibility', true );
		$this->assertSame( array( 14 ), $this->recorded() );
		$this->clear();
		$page = wp_insert_post( array( 'post_type' => 'page', 'post_title' => 'Not a product', 'post_status' => 'publish' ) );
		wp_set_object_terms( $page, array( 'news' ), 'category' );
		wp_trash_post( $page );
		$this->assertSame( array(), $this->recorded() );
	}

	private function clear(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i', $this->table() ) );
	}

	/** @return list<int> */
	private function recorded(): array {
		global $wpdb;
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( 'SELECT product_id FROM %i ORDER BY product_id', $this->table() ) ) );
	}

	private function changed_at( int $product_id ): string {
		global $wpdb;
		return (string) $wpdb->get_var( $wpdb->prepare( 'SELECT changed_at FROM %i WHERE product_id = %d', $this->table(), $product_id ) );
	}

	private function table(): string {
		return Tables::name( Tables::PRODUCT_CHANGES );
	}
}
