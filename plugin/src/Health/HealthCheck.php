<?php
/**
 * One Site Health test of the plugin.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

defined( 'ABSPATH' ) || exit;

/**
 * A Site Health test; HealthChecks lists it as direct or asynchronous and registers it.
 */
interface HealthCheck {

	/** Unique within the plugin, e.g. "early_path"; Site Health's id is "commerce_bridge_<id>". */
	public function id(): string;

	/** What the test checks, shown while it runs. */
	public function label(): string;

	public function run(): HealthResult;
}
