/**
 * Bambuser tab extras: whether the shop lets itself be framed, which the same-tab checkout (the
 * floating player over the checkout page) needs, checked server-side on the checkout page's headers.
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Notice } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { errorMessage } from '../../../admin/api';
import type { VendorPanelProps } from '../../../admin/vendor-panels';

interface Framing {
	url: string;
	allowed: boolean | null;
	header?: string;
	value?: string;
	error?: string;
}

function verdict( framing: Framing ): {
	status: 'success' | 'warning' | 'error';
	text: string;
} {
	if ( framing.allowed === null ) {
		return {
			status: 'warning',
			text: sprintf(
				/* translators: 1: URL, 2: error message. */
				__( 'Could not check %1$s: %2$s', 'commerce-bridge' ),
				framing.url,
				framing.error ?? ''
			),
		};
	}
	if ( framing.allowed ) {
		return {
			status: 'success',
			text: sprintf(
				/* translators: %s: checkout URL. */
				__(
					'%s may be framed by the shop itself: the floating player works.',
					'commerce-bridge'
				),
				framing.url
			),
		};
	}
	return {
		status: 'error',
		text: sprintf(
			/* translators: 1: checkout URL, 2: header name and value. */
			__(
				"%1$s refuses to be framed (%2$s). The checkout cannot open in the same tab under the call: send X-Frame-Options: SAMEORIGIN or CSP frame-ancestors 'self' (check security plugins), or let the checkout open in a new tab.",
				'commerce-bridge'
			),
			framing.url,
			`${ framing.header ?? '' }: ${ framing.value ?? '' }`
		),
	};
}

export function BambuserPanel( { settings }: VendorPanelProps ) {
	const [ framing, setFraming ] = useState< Framing | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const check = useCallback( () => {
		setError( null );
		apiFetch< Framing >( {
			path: '/commerce-bridge/v1/settings/bambuser/framing',
		} ).then( setFraming, ( failure: unknown ) =>
			setError( errorMessage( failure ) )
		);
	}, [] );
	useEffect( check, [ check ] );

	const result = framing && verdict( framing );
	return (
		<section
			aria-label={ __( 'Floating player check', 'commerce-bridge' ) }
		>
			<p>
				{ settings.values.checkoutMode === 'new-tab'
					? __(
							'Checkout opens in a new tab; framing is only needed for the same-tab checkout.',
							'commerce-bridge'
						)
					: __(
							'Same-tab checkout shows the checkout page under the floating call, in a frame of this site.',
							'commerce-bridge'
						) }
			</p>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			{ result && (
				<Notice status={ result.status } isDismissible={ false }>
					{ result.text }
				</Notice>
			) }
			<Button variant="secondary" onClick={ check }>
				{ __( 'Check again', 'commerce-bridge' ) }
			</Button>
		</section>
	);
}
