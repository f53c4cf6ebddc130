<?php
/**
 * Contract for classes that own WordPress hooks.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge;

defined( 'ABSPATH' ) || exit;

/**
 * A service that adds its hooks in register() and nowhere else.
 */
interface Registerable {

	/** Adds the service's actions and filters. */
	public function register(): void;
}
