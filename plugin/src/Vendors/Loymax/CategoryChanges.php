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
 * in its own table (Tables::TERM_CHANGES), read by the sidecar (repositories/category-changes.ts):
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
		add_action( 'delete_term', array( $this, 'deleted' ), 10, 3 );
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
			$this->stamp( array_merge( array( $term_id ), is_array( $children ) ? array_map( 'intval', $children ) : array() ), false );
		}
	}

	/**
	 * Hook delete_term: a tombstone, so a pull since before the deletion learns of it.
	 *
	 * @param int    $term_id  Term.
	 * @param int    $tt_id    Term taxonomy id (unused).
	 * @param string $taxonomy Taxonomy.
	 */
	public function deleted( int $term_id, int $tt_id, string $taxonomy ): void {
		if ( self::TAXONOMY === $taxonomy ) {
			$this->stamp( array( $term_id ), true );
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
		$this->stamp( $terms, false );
	}

	/** Stamps the categories that have no row yet (they existed before the table) with now. */
	public function seed(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'INSERT IGNORE INTO %i (term_id, taxonomy, changed_at, deleted) SELECT term_id, taxonomy, UTC_TIMESTAMP(), 0 FROM %i WHERE taxonomy = %s', Tables::name( Tables::TERM_CHANGES ), $wpdb->term_taxonomy, self::TAXONOMY ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		update_option( self::SEEDED, '1', true );
	}

	/**
	 * Upserts the rows of `$term_ids` with the current UTC time.
	 *
	 * @param list<int> $term_ids Terms.
	 * @param bool      $deleted  Whether they were deleted.
	 */
	private function stamp( array $term_ids, bool $deleted ): void {
		global $wpdb;
		$now = gmdate( 'Y-m-d H:i:s' );
		foreach ( array_unique( $term_ids ) as $term_id ) {
			$wpdb->query( $wpdb->prepare( 'INSERT INTO %i (term_id, taxonomy, changed_at, deleted) VALUES (%d, %s, %s, %d) ON DUPLICATE KEY UPDATE changed_at = VALUES(changed_at), deleted = VALUES(deleted)', Tables::name( Tables::TERM_CHANGES ), $term_id, self::TAXONOMY, $now, $deleted ? 1 : 0 ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		}
	}
}
