<?php
/**
 * An HTTP answer (from the sidecar, or to the browser).
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Proxy;

defined( 'ABSPATH' ) || exit;

/**
 * Status, lowercase-named headers and body; status 0 means the sidecar could not be reached.
 */
final class Response {

	/**
	 * Constructor.
	 *
	 * @param int                   $status  HTTP status, 0 when no answer came.
	 * @param array<string, string> $headers Lowercase header name => value.
	 * @param string                $body    Body.
	 * @param string                $error   Transport error when status is 0.
	 */
	public function __construct(
		public readonly int $status,
		public readonly array $headers,
		public readonly string $body,
		public readonly string $error = ''
	) {
	}

	/**
	 * Uncacheable JSON error of the proxy itself.
	 *
	 * @param int    $status HTTP status.
	 * @param string $code   Machine-readable error code.
	 * @param array  $extra  More lowercase-named headers (e.g. retry-after).
	 */
	public static function error( int $status, string $code, array $extra = array() ): self {
		return new self(
			$status,
			array(
				'content-type'  => 'application/json; charset=utf-8',
				'cache-control' => 'no-store',
			) + $extra,
			(string) wp_json_encode( array( 'error' => $code ) )
		);
	}

	/**
	 * One header, '' when absent.
	 *
	 * @param string $name Lowercase name.
	 */
	public function header( string $name ): string {
		return $this->headers[ $name ] ?? '';
	}
}
