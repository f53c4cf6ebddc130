<?php
/**
 * One kind of personal data the plugin stores.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Privacy;

defined( 'ABSPATH' ) || exit;

/**
 * Found by the e-mail address WordPress's export and erase tools ask for, a page at a time.
 */
interface DataSource {

	/** Rows per page of an export or erasure. */
	public const PAGE_SIZE = 200;

	/** Suffix of the exporter and eraser ids, e.g. "wishlist". */
	public function id(): string;

	/** Shown in wp-admin's Tools → Export / Erase Personal Data. */
	public function label(): string;

	/**
	 * Up to PAGE_SIZE export items, each array{item_id: string, data: list<array{name: string, value: string}>}.
	 *
	 * @param string $email The data subject's e-mail address.
	 * @param int    $page  1-based.
	 */
	public function export( string $email, int $page ): array;

	/**
	 * Deletes up to PAGE_SIZE rows; returns how many went.
	 *
	 * @param string $email The data subject's e-mail address.
	 */
	public function erase( string $email ): int;
}
