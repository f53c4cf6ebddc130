<?php
/**
 * The outcome of one Site Health test.
 *
 * @package CommerceBridge
 */

namespace CommerceBridge\Health;

defined( 'ABSPATH' ) || exit;

/**
 * Status, headline and explanation, turned into the array Site Health expects by HealthChecks.
 */
final class HealthResult {

	public const GOOD        = 'good';
	public const RECOMMENDED = 'recommended';
	public const CRITICAL    = 'critical';

	/**
	 * Constructor.
	 *
	 * @param string $status      GOOD, RECOMMENDED or CRITICAL.
	 * @param string $label       Headline (plain text).
	 * @param string $description Explanation (plain text; escaped when shown).
	 */
	public function __construct(
		public readonly string $status,
		public readonly string $label,
		public readonly string $description
	) {
	}

	/**
	 * The array a `site_status_tests` direct test returns.
	 *
	 * @param string $test Site Health id of the test.
	 */
	public function to_site_health( string $test ): array {
		return array(
			'label'       => $this->label,
			'status'      => $this->status,
			'badge'       => array(
				'label' => __( 'Commerce Bridge', 'commerce-bridge' ),
				'color' => match ( $this->status ) {
					self::GOOD     => 'blue',
					self::CRITICAL => 'red',
					default        => 'orange',
				},
			),
			'description' => '<p>' . esc_html( $this->description ) . '</p>',
			'actions'     => '',
			'test'        => $test,
		);
	}
}
