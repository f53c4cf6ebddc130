<?php
/**
 * Records when each product category changed, for the Loymax categories feed's updatedSince.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Loymax;

use CommerceBridge\Install\Tables;
use CommerceBridge\Options;
use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * WordPress keeps no modification time for terms, so the plugin keeps one row per product category
 * in its own table (Tables::TERM_CHANGES), read by the sidecar (vendors/loymax/category-changes.ts):
 * created and edited terms, the children of an edited term (their URLs hold its slug) or of a deleted
 * one (they move to its parent), and deletions as tombstones. Categories that existed before the table
 * are stamped once with the time they were first seen. Recorded whether or not Loymax is on, so
 * switching it on later misses nothing.
 */
final class CategoryChanges implements Registerable {

	public const TAXONOMY = 'product_cat';
	/** Autoloaded flag: existing categories were stamped. */
	public const SEEDED = 'commerce_bridge_loymax_categories_seeded';
	/** Tables::VERSION that created the table. */
	private const TABLE_SINCE = '3';

	public function register(): void {
		// Until the installer has made the table (first admin page after an update) nothing is recorded.
		if ( version_compare( (string) get_option( Options::SCHEMA_VERSION ), self::TABLE_SINCE, '<' ) ) {
			return;
		}
		add_action( 'created_term', array( $this, 'saved' ), 10, 3 );
		add_action( 'edited_term', array( $this, 'saved' ), 10, 3 );
		add_action( 'delete_term', array( $this, 'deleted' ), 10, 4 );
		add_action( 'edited_term_taxonomies', array( $this, 'reparented' ) );
		if ( ! get_option( self::SEEDED ) ) {
			add_action( 'init', array( $this, 'seed' ) );
		}
	}

	/**
	 * Hooks created_term and edited_term.
	 *
	 * @param int    $term_id  Term.
	 * @param int    $tt_id    Term taxonomy id (unused).
	 * @param string $taxonomy Taxonomy.
	 */
	public function saved( int $term_id, int $tt_id, string $taxonomy ): void {
		if ( self::TAXONOMY === $taxonomy ) {
			$children = get_term_children( $term_id, self::TAXONOMY );
			$this->stamp( array_merge( array( $term_id ), is_array( $children ) ? array_map( 'intval', $children ) : array() ) );
		}
	}

	/**
	 * Hook delete_term: a tombstone keeping the slug (the id Loymax knows in slug mode), so a pull since
	 * before the deletion learns of it.
	 *
	 * @param int      $term_id  Term.
	 * @param int      $tt_id    Term taxonomy id (unused).
	 * @param string   $taxonomy Taxonomy.
	 * @param \WP_Term $term     The deleted term.
	 */
	public function deleted( int $term_id, int $tt_id, string $taxonomy, $term ): void {
		if ( self::TAXONOMY === $taxonomy ) {
			$this->write( $term_id, $term instanceof \WP_Term ? $term->slug : '', true );
		}
	}

	/**
	 * Hook edited_term_taxonomies: wp_delete_term moves the children of a deleted term to its parent.
	 *
	 * @param array $tt_ids Term taxonomy ids whose parent changed.
	 */
	public function reparented( array $tt_ids ): void {
		$terms = array();
		foreach ( $tt_ids as $tt_id ) {
			$term = get_term_by( 'term_taxonomy_id', (int) $tt_id, self::TAXONOMY );
			if ( $term instanceof \WP_Term ) {
				$terms[] = (int) $term->term_id;
			}
		}
		$this->stamp( $terms );
	}

	/** Stamps the categories that have no row yet (they existed before the table) with now. */
	public function seed(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'INSERT IGNORE INTO %i (term_id, taxonomy, slug, changed_at, deleted) SELECT tt.term_id, tt.taxonomy, t.slug, UTC_TIMESTAMP(), 0 FROM %i tt JOIN %i t ON t.term_id = tt.term_id WHERE tt.taxonomy = %s', Tables::name( Tables::TERM_CHANGES ), $wpdb->term_taxonomy, $wpdb->terms, self::TAXONOMY ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		update_option( self::SEEDED, '1', true );
	}

	/**
	 * Stamps existing terms with the current time.
	 *
	 * @param list<int> $term_ids Terms.
	 */
	private function stamp( array $term_ids ): void {
		foreach ( array_unique( $term_ids ) as $term_id ) {
			$term = get_term( $term_id, self::TAXONOMY );
			if ( $term instanceof \WP_Term ) {
				$this->write( $term_id, $term->slug, false );
			}
		}
	}

	/**
	 * Upserts one row with the current UTC time.
	 *
	 * @param int    $term_id Term.
	 * @param string $slug    Its slug.
	 * @param bool   $deleted Whether it was deleted.
	 */
	private function write( int $term_id, string $slug, bool $deleted ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'INSERT INTO %i (term_id, taxonomy, slug, changed_at, deleted) VALUES (%d, %s, %s, UTC_TIMESTAMP(), %d) ON DUPLICATE KEY UPDATE slug = VALUES(slug), changed_at = VALUES(changed_at), deleted = VALUES(deleted)', Tables::name( Tables::TERM_CHANGES ), $term_id, self::TAXONOMY, $slug, $deleted ? 1 : 0 ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
	}
}
