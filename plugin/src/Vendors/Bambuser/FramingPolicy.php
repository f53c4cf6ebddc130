<?php
/**
 * Whether a response's headers let the site frame itself.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Bambuser;

defined( 'ABSPATH' ) || exit;

/**
 * Bambuser's floating player (`floatAbove`) loads the checkout in a same-origin iframe (fact sheet
 * §8.4). CSP `frame-ancestors` wins over `X-Frame-Options` where both are sent, as in browsers.
 */
final class FramingPolicy {

	/**
	 * The verdict for one response.
	 *
	 * @param string $x_frame_options X-Frame-Options value ('' when absent).
	 * @param string $csp             Content-Security-Policy value ('' when absent).
	 * @param string $origin          The site's origin, e.g. https://shop.example.
	 * @return array{allowed: bool, header: string, value: string}
	 */
	public static function verdict( string $x_frame_options, string $csp, string $origin ): array {
		$ancestors = self::frame_ancestors( $csp );
		if ( null !== $ancestors ) {
			return array(
				'allowed' => self::ancestors_allow( $ancestors, $origin ),
				'header'  => 'Content-Security-Policy',
				'value'   => 'frame-ancestors ' . implode( ' ', $ancestors ),
			);
		}
		$xfo = strtoupper( trim( explode( ',', $x_frame_options )[0] ) );
		return array(
			'allowed' => 'DENY' !== $xfo,
			'header'  => '' === $xfo ? '' : 'X-Frame-Options',
			'value'   => $xfo,
		);
	}

	/**
	 * Sources of the frame-ancestors directive, null when the policy has none.
	 *
	 * @param string $csp Policy.
	 * @return list<string>|null
	 */
	private static function frame_ancestors( string $csp ): ?array {
		// Repeated CSP headers arrive comma-joined; a comma never occurs inside a directive.
		foreach ( preg_split( '/[;,]/', $csp ) as $directive ) {
			$parts = preg_split( '/\s+/', trim( $directive ) );
			if ( $parts && 'frame-ancestors' === strtolower( (string) $parts[0] ) ) {
				return array_values( array_slice( $parts, 1 ) );
			}
		}
		return null;
	}

	/**
	 * Whether the sources include the site itself.
	 *
	 * @param list<string> $sources frame-ancestors sources.
	 * @param string       $origin  The site's origin.
	 */
	private static function ancestors_allow( array $sources, string $origin ): bool {
		$host = (string) wp_parse_url( $origin, PHP_URL_HOST );
		foreach ( $sources as $source ) {
			$source = strtolower( $source );
			if ( in_array( $source, array( "'self'", '*' ), true ) || untrailingslashit( $source ) === strtolower( $origin ) || $source === $host ) {
				return true;
			}
		}
		return false;
	}
}
