<?php
/**
 * Product category changes recorded for the Loymax categories feed.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Loymax;

use CommerceBridge\Install\Tables;
use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Loymax\CategoryChanges;

/**
 * Through WordPress's own term API on the real product_cat taxonomy: what the table holds after each
 * kind of change. Rows are back-dated first so that a fresh stamp is visible.
 */
final class CategoryChangesTest extends TestCase {

	private const OLD = '2001-01-01 00:00:00';

	public function test_created_and_edited_categories_are_stamped_with_their_children(): void {
		$parent = $this->insert( 'Loymax parent' );
		$child  = $this->insert( 'Loymax child', $parent );
		$this->assertSame( '0', $this->row( $parent )['deleted'] );
		$this->assertEqualsWithDelta( time(), strtotime( $this->row( $child )['changed_at'] . ' UTC' ), 60 );

		$this->backdate();
		wp_update_term( $parent, 'product_cat', array( 'slug' => 'loymax-parent-renamed' ) );
		$this->assertNotSame( self::OLD, $this->row( $parent )['changed_at'] );
		$this->assertNotSame( self::OLD, $this->row( $child )['changed_at'], 'the child\'s URL holds the parent\'s slug' );
	}

	public function test_a_deleted_category_leaves_a_tombstone_and_its_children_move_up(): void {
		$parent = $this->insert( 'Loymax doomed' );
		$child  = $this->insert( 'Loymax orphan', $parent );
		$other  = $this->insert( 'Loymax bystander' );
		$this->backdate();
		wp_delete_term( $parent, 'product_cat' );
		$this->assertSame( '1', $this->row( $parent )['deleted'] );
		$this->assertSame( 'loymax-doomed', $this->row( $parent )['slug'], 'the id Loymax knows in slug mode' );
		$this->assertNotSame( self::OLD, $this->row( $parent )['changed_at'] );
		$this->assertSame( '0', $this->row( $child )['deleted'] );
		$this->assertNotSame( self::OLD, $this->row( $child )['changed_at'], 'moved to the deleted term\'s parent' );
		$this->assertSame( self::OLD, $this->row( $other )['changed_at'] );
	}

	public function test_other_taxonomies_are_not_recorded_and_seeding_keeps_existing_rows(): void {
		$tag = wp_insert_term( 'Loymax tag', 'product_tag' );
		$this->assertNull( $this->row( (int) $tag['term_id'] ) );

		$edited = $this->insert( 'Loymax edited' );
		$this->backdate();
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE FROM %i WHERE term_id <> %d', $this->table(), $edited ) );
		( new CategoryChanges() )->seed();
		$clothing = (int) get_term_by( 'slug', 'clothing', 'product_cat' )->term_id;
		$this->assertNotNull( $this->row( $clothing ), 'a category from before the table is stamped' );
		$this->assertSame( self::OLD, $this->row( $edited )['changed_at'], 'a recorded change is kept' );
		$this->assertSame( '1', get_option( CategoryChanges::SEEDED ) );
	}

	private function insert( string $name, int $parent = 0 ): int {
		$term = wp_insert_term( $name, 'product_cat', array( 'parent' => $parent ) );
		$this->assertIsArray( $term );
		return (int) $term['term_id'];
	}

	private function backdate(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'UPDATE %i SET changed_at = %s', $this->table(), self::OLD ) );
	}

	private function row( int $term_id ): ?array {
		global $wpdb;
		return $wpdb->get_row( $wpdb->prepare( 'SELECT slug, changed_at, deleted FROM %i WHERE term_id = %d', $this->table(), $term_id ), ARRAY_A );
	}

	private function table(): string {
		return Tables::name( Tables::TERM_CHANGES );
	}
}
