/** A vendor's state badge and the checklist behind it, as the server judged them (VendorChecklist.php). */
import { __ } from '@wordpress/i18n';

import type { ChecklistItem, VendorState } from './api';

const LABELS: Record< VendorState, () => string > = {
	off: () => __( 'Off', 'commerce-bridge' ),
	incomplete: () => __( 'Incomplete', 'commerce-bridge' ),
	live: () => __( 'Live', 'commerce-bridge' ),
};

export function StateBadge( { state }: { state?: VendorState } ) {
	if ( ! state ) {
		return null;
	}
	return (
		<span
			className={ `commerce-bridge-badge commerce-bridge-badge--${ state }` }
			data-state={ state }
		>
			{ LABELS[ state ]() }
		</span>
	);
}

export function Checklist( { items }: { items?: ChecklistItem[] } ) {
	if ( ! items?.length ) {
		return null;
	}
	return (
		<ul
			className="commerce-bridge-checklist"
			aria-label={ __( 'Checklist', 'commerce-bridge' ) }
		>
			{ items.map( ( item ) => (
				<li
					key={ item.id }
					data-check={ item.id }
					data-ok={ item.ok ? 'yes' : 'no' }
					className={ item.ok ? 'is-ok' : 'is-failing' }
				>
					<span className="screen-reader-text">
						{ item.ok
							? __( 'Done:', 'commerce-bridge' )
							: __( 'To do:', 'commerce-bridge' ) }
					</span>
					{ item.label }
				</li>
			) ) }
		</ul>
	);
}
