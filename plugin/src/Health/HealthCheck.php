<?php
/**
 * One Site Health test of the plugin.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

defined( 'ABSPATH' ) || exit;

/**
 * A direct (synchronous) Site Health test; HealthChecks lists and registers them.
 */
interface HealthCheck {

	/** Unique within the plugin, e.g. "early_path"; Site Health's id is "commerce_bridge_<id>". */
	public function id(): string;

	/** What the test checks, shown while it runs. */
	public function label(): string;

	public function run(): HealthResult;
}
