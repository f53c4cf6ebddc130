<?php
/**
 * A vendor's part that listens to commerce events.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Events;

defined( 'ABSPATH' ) || exit;

/**
 * Listed by its vendor module (VendorModule::subscribers()); the Emitter calls a handler only while
 * that vendor is enabled, once per event.
 */
interface Subscriber {

	/** @return array<string, callable(ServerEvent): void> handler per ServerEvent type. */
	public function handlers(): array;
}
