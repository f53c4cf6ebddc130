<?php
/**
 * What became of one request to Belco.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Vendors\Belco\Sync;

defined( 'ABSPATH' ) || exit;

/**
 * Delivered, worth retrying (no answer, a timeout, 408, 429, 5xx) or refused for good (any other answer,
 * or Belco's `{success: false, message}`), with the reason in words the shop owner can act on.
 */
final class Answer {

	public const DELIVERED = 'delivered';
	public const RETRY     = 'retry';
	public const REFUSED   = 'refused';

	/**
	 * Constructor.
	 *
	 * @param string $outcome One of the constants.
	 * @param int    $status  HTTP status, 0 without an answer.
	 * @param string $error   '' when delivered.
	 */
	public function __construct( public readonly string $outcome, public readonly int $status, public readonly string $error ) {
	}

	/**
	 * Reads the result of wp_remote_post().
	 *
	 * @param array|\WP_Error $response The response.
	 */
	public static function from( $response ): self {
		if ( is_wp_error( $response ) ) {
			/* translators: %s: the transport's error, e.g. a timeout. */
			return new self( self::RETRY, 0, sprintf( __( 'Belco could not be reached: %s', 'commerce-bridge' ), $response->get_error_message() ) );
		}
		$status  = (int) wp_remote_retrieve_response_code( $response );
		$json    = json_decode( (string) wp_remote_retrieve_body( $response ), true );
		$refused = is_array( $json ) && false === ( $json['success'] ?? null );
		if ( $status >= 200 && $status < 300 && ! $refused ) {
			return new self( self::DELIVERED, $status, '' );
		}
		$message = is_array( $json ) && is_string( $json['message'] ?? null ) ? $json['message'] : '';
		/* translators: 1: HTTP status code, 2: Belco's message or the status text. */
		$error     = sprintf( __( 'Belco answered %1$d: %2$s', 'commerce-bridge' ), $status, '' !== $message ? $message : wp_remote_retrieve_response_message( $response ) );
		$transient = ! $refused && ( $status >= 500 || 408 === $status || 429 === $status );
		return new self( $transient ? self::RETRY : self::REFUSED, $status, $error );
	}
}
