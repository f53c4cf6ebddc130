<?php
/**
 * Rewrite rules of the proxy paths.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

use CommerceBridge\Registerable;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the proxy paths with WordPress so it knows the URLs; the Forwarder answers them
 * before the main query runs.
 */
final class Rewrites implements Registerable {

	/** @var array<string, string> regex => query */
	private const RULES = array(
		ProxyPaths::OCT8NE => 'index.php?' . ProxyPaths::QUERY_VAR . '=oct8ne/frame/$matches[1]',
		ProxyPaths::BRIDGE => 'index.php?' . ProxyPaths::QUERY_VAR . '=commerce-bridge/$matches[1]/$matches[2]',
	);

	public function register(): void {
		add_action( 'init', array( $this, 'add_rules' ) );
		add_filter( 'query_vars', array( $this, 'query_vars' ) );
	}

	public function add_rules(): void {
		foreach ( self::RULES as $regex => $query ) {
			add_rewrite_rule( $regex, $query, 'top' );
		}
	}

	/** Takes our rules out of the rewrite object so the next flush drops them. */
	public function remove_rules(): void {
		global $wp_rewrite;
		foreach ( array_keys( self::RULES ) as $regex ) {
			unset( $wp_rewrite->extra_rules_top[ $regex ] );
		}
	}

	/**
	 * Adds our query var.
	 *
	 * @param array $vars Public query vars.
	 */
	public function query_vars( array $vars ): array {
		$vars[] = ProxyPaths::QUERY_VAR;
		return $vars;
	}
}
