<?php
/**
 * Router for `php -S`: a local stand-in of oct8ne's link-up endpoint (fact sheet §5.6). It answers only a
 * well-formed request (JSON body with the official adapters' fields) and picks its answer by e-mail.
 *
 * @package CommerceBridge
 */

// phpcs:disable WordPress.Security -- a test server outside WordPress.
$commerce_bridge_body = json_decode( (string) file_get_contents( 'php://input' ), true );
$commerce_bridge_json = str_starts_with( (string) ( $_SERVER['CONTENT_TYPE'] ?? '' ), 'application/json' );
header( 'Content-Type: application/json; charset=utf-8' );
if ( 'POST' !== $_SERVER['REQUEST_METHOD'] || '/platformConnection/linkup' !== $_SERVER['REQUEST_URI'] || ! $commerce_bridge_json || ! is_array( $commerce_bridge_body )
	|| 'wordpress' !== ( $commerce_bridge_body['platform'] ?? null ) || true !== ( $commerce_bridge_body['statusPlatform'] ?? null )
	|| ! preg_match( '#^https?://#', (string) ( $commerce_bridge_body['urlDomain'] ?? '' ) ) || ! isset( $commerce_bridge_body['pass'] ) ) {
	http_response_code( 418 );
	echo json_encode( array( 'Message' => 'stand-in: malformed link-up request' ) );
	return true;
}
$commerce_bridge_ok = 'secret' === $commerce_bridge_body['pass'];
switch ( $commerce_bridge_body['email'] ?? '' ) {
	case 'pascal@example.com':
		echo json_encode(
			$commerce_bridge_ok
				? array(
					'ApiToken'  => '61958072A1B2C3D4E5F60718293A4B5C',
					'LicenseId' => '3BDFF5329C414EBCB116CCE1CE1AD807',
					'Server'    => 'https://backoffice-eu.oct8ne.com',
					'UrlStatic' => 'static-eu.oct8ne.com/',
				)
				: array(
					'ApiToken' => null,
					'Message'  => 'Wrong e-mail or password',
				)
		);
		break;
	case 'camel@example.com':
		echo json_encode(
			array(
				'apiToken'  => '0123456789abcdef0123456789abcdef',
				'licenseId' => 'ABCDEF0123456789ABCDEF0123456789',
			)
		);
		break;
	case 'html@example.com':
		header( 'Content-Type: text/html' );
		echo '<html><body>Maintenance</body></html>';
		break;
	default:
		http_response_code( 503 );
		echo '';
}
return true;
