<?php
/**
 * The plugin's personal data in WordPress's export and erase tools.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Privacy;

use CommerceBridge\Registerable;
use CommerceBridge\Vendors\Belco\Sync\DeliveryLogData;
use CommerceBridge\Vendors\Oct8ne\ChatSessionsData;
use CommerceBridge\Vendors\Oct8ne\WishlistData;

defined( 'ABSPATH' ) || exit;

/**
 * Registers an exporter and an eraser per data source (Tools → Export / Erase Personal Data, and the
 * requests a customer makes). Every table the plugin keeps personal data in has a source here.
 */
final class PersonalData implements Registerable {

	private const GROUP = 'commerce-bridge';

	/** @var list<DataSource> */
	private array $sources;

	public function __construct() {
		$this->sources = array( new WishlistData(), new QueuedEvents(), new ChatSessionsData(), new DeliveryLogData() );
	}

	public function register(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'exporters' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'erasers' ) );
	}

	/**
	 * Filter: adds one exporter per source.
	 *
	 * @param array $exporters Registered exporters.
	 */
	public function exporters( $exporters ): array {
		foreach ( $this->sources as $source ) {
			$exporters[ self::GROUP . '-' . $source->id() ] = array(
				'exporter_friendly_name' => $source->label(),
				'callback'               => fn ( string $email, int $page = 1 ) => $this->export( $source, $email, $page ),
			);
		}
		return (array) $exporters;
	}

	/**
	 * Filter: adds one eraser per source.
	 *
	 * @param array $erasers Registered erasers.
	 */
	public function erasers( $erasers ): array {
		foreach ( $this->sources as $source ) {
			$erasers[ self::GROUP . '-' . $source->id() ] = array(
				'eraser_friendly_name' => $source->label(),
				'callback'             => static fn ( string $email ) => self::erase( $source, $email ),
			);
		}
		return (array) $erasers;
	}

	private function export( DataSource $source, string $email, int $page ): array {
		$items = array_map(
			static fn ( array $item ) => $item + array(
				'group_id'    => self::GROUP,
				'group_label' => __( 'Commerce Bridge', 'commerce-bridge' ),
			),
			$source->export( $email, max( 1, $page ) )
		);
		return array(
			'data' => $items,
			'done' => count( $items ) < DataSource::PAGE_SIZE,
		);
	}

	/**
	 * WordPress calls an eraser again with the next page until it says done; each call deletes the next rows.
	 *
	 * @param DataSource $source Source.
	 * @param string     $email  Data subject.
	 */
	private static function erase( DataSource $source, string $email ): array {
		$removed = $source->erase( $email );
		return array(
			'items_removed'  => $removed > 0,
			'items_retained' => false,
			'messages'       => array(),
			'done'           => $removed < DataSource::PAGE_SIZE,
		);
	}
}
