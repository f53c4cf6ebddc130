<?php
/**
 * The identity signature matches the contract.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Tests;

use CommerceBridge\Proxy\IdentitySigner;

/**
 * Compares the signer with an independent HMAC over docs/architecture.md's string.
 */
final class IdentitySignerTest extends \PHPUnit\Framework\TestCase {

	public function test_signature_is_hmac_sha256_over_the_contract_string(): void {
		$secret  = bin2hex( random_bytes( 32 ) );
		$headers = ( new IdentitySigner( $secret ) )->headers( 21, 't_abc', 'post', '/commerce-bridge/belco/identity?x=1', 1700000000 );
		$this->assertSame( '21', $headers['X-Commerce-Bridge-User'] );
		$this->assertSame( 't_abc', $headers['X-Commerce-Bridge-Session'] );
		$this->assertSame( '1700000000', $headers['X-Commerce-Bridge-Time'] );
		$this->assertSame(
			hash_hmac( 'sha256', "21\nt_abc\n1700000000\nPOST\n/commerce-bridge/belco/identity?x=1", $secret ),
			$headers['X-Commerce-Bridge-Signature']
		);
	}

	public function test_any_changed_field_changes_the_signature(): void {
		$signer = new IdentitySigner( 'k' );
		$base   = $signer->signature( 0, '', 'GET', '/a', 1 );
		$this->assertNotSame( $base, $signer->signature( 1, '', 'GET', '/a', 1 ) );
		$this->assertNotSame( $base, $signer->signature( 0, 's', 'GET', '/a', 1 ) );
		$this->assertNotSame( $base, $signer->signature( 0, '', 'GET', '/a?b', 1 ) );
		$this->assertNotSame( $base, $signer->signature( 0, '', 'GET', '/a', 2 ) );
	}

	public function test_nothing_is_signed_without_a_secret(): void {
		$this->assertSame( array(), ( new IdentitySigner( '' ) )->headers( 1, '', 'GET', '/', time() ) );
	}
}
