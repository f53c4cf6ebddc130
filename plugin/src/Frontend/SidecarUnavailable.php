<?php
/**
 * The sidecar did not answer a question a shopper route needed answered.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Frontend;

defined( 'ABSPATH' ) || exit;

/**
 * Answered 503 with Retry-After: the storefront retries later instead of showing a widget without its shopper.
 */
final class SidecarUnavailable extends \RuntimeException {

	/** Seconds, as the proxy's cool-down. */
	public const RETRY_AFTER = 5;
}
