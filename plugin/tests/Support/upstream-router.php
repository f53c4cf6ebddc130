<?php
/**
 * Router for `php -S`: echoes what it received as JSON, like a sidecar route would answer.
 *
 * @package CommerceBridge
 */

// phpcs:disable WordPress.Security -- a test upstream outside WordPress.
$commerce_bridge_uri = $_SERVER['REQUEST_URI'];
if ( '/health' === $commerce_bridge_uri ) {
	header( 'Content-Type: application/json' );
	echo '{"status":"ok","db":"ok"}';
	return true;
}
// A hung sidecar: the connection is accepted (php -S serves one request at a time, later ones wait in the backlog) but no answer comes.
if ( str_starts_with( $commerce_bridge_uri, '/commerce-bridge/core/hang' ) ) {
	sleep( 30 );
}
if ( str_starts_with( $commerce_bridge_uri, '/commerce-bridge/core/cached' ) ) {
	header( 'Cache-Control: public, max-age=300' );
}
http_response_code( str_contains( $commerce_bridge_uri, 'missing' ) ? 404 : 200 );
header( 'Content-Type: application/json; charset=utf-8' );
// ?set[<name>][]=<value>: answer with these headers (a list repeats the header), as a sidecar route would set them.
foreach ( (array) ( $_GET['set'] ?? array() ) as $commerce_bridge_name => $commerce_bridge_values ) {
	foreach ( array_values( (array) $commerce_bridge_values ) as $commerce_bridge_i => $commerce_bridge_value ) {
		header( $commerce_bridge_name . ': ' . $commerce_bridge_value, 0 === $commerce_bridge_i );
	}
}
$commerce_bridge_headers = array();
foreach ( getallheaders() as $commerce_bridge_name => $commerce_bridge_value ) {
	$commerce_bridge_headers[ strtolower( $commerce_bridge_name ) ] = $commerce_bridge_value;
}
echo json_encode(
	array(
		'method'  => $_SERVER['REQUEST_METHOD'],
		'uri'     => $commerce_bridge_uri,
		'headers' => $commerce_bridge_headers,
		'body'    => file_get_contents( 'php://input' ),
	)
);
return true;
