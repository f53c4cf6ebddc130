<?php
/**
 * The framing verdict for Bambuser's floating player.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests\Vendors\Bambuser;

use CommerceBridge\Tests\TestCase;
use CommerceBridge\Vendors\Bambuser\FramingPolicy;

/**
 * X-Frame-Options and CSP frame-ancestors as a browser reads them for a same-origin frame.
 */
final class FramingPolicyTest extends TestCase {

	private const ORIGIN = 'https://shop.example';

	public function cases(): array {
		return array(
			'no header'                    => array( '', '', true ),
			'SAMEORIGIN'                   => array( 'SAMEORIGIN', '', true ),
			'DENY'                         => array( 'deny', '', false ),
			'frame-ancestors self'         => array( '', "default-src 'self'; frame-ancestors 'self'", true ),
			'frame-ancestors none'         => array( '', "frame-ancestors 'none'", false ),
			'frame-ancestors other host'   => array( '', 'frame-ancestors https://partner.example', false ),
			'frame-ancestors own origin'   => array( '', 'frame-ancestors https://shop.example/', true ),
			'CSP wins over DENY'           => array( 'DENY', "frame-ancestors 'self'", true ),
			'CSP none wins over SAMEORIGIN' => array( 'SAMEORIGIN', "frame-ancestors 'none'", false ),
			'repeated CSP headers'         => array( '', "script-src 'self', frame-ancestors 'none'", false ),
		);
	}

	/**
	 * @dataProvider cases
	 * @param string $xfo      X-Frame-Options.
	 * @param string $csp      Content-Security-Policy.
	 * @param bool   $expected Whether the site may frame itself.
	 */
	public function test_verdict( string $xfo, string $csp, bool $expected ): void {
		$this->assertSame( $expected, FramingPolicy::verdict( $xfo, $csp, self::ORIGIN )['allowed'] );
	}
}
