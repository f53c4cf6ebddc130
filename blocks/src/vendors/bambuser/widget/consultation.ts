/**
 * Consultation buttons rendered by the block and the shortcode (`data-commerce-bridge-bambuser`):
 * `manual` buttons open the call with their own queue, if any, through the embed's show().
 */
import type { BambuserEmbed, Trigger } from './types';

const SELECTOR = '[data-commerce-bridge-bambuser="manual"]';

/**
 * The settings' triggers plus the ones this page's buttons need.
 * @param configured
 */
export function pageTriggers( configured: Trigger[] ): Trigger[] {
	const triggers = new Set( configured );
	if ( document.querySelector( SELECTOR ) ) {
		triggers.add( 'manual' );
	}
	if (
		document.querySelector( '[data-commerce-bridge-bambuser="queue-link"]' )
	) {
		triggers.add( 'queue-link' );
	}
	return [ ...triggers ];
}

/**
 * Clicks before the embed is ready open the call as soon as it is.
 * @param ready Resolves with the embed.
 */
export function bindButtons( ready: Promise< BambuserEmbed > ): void {
	document.addEventListener( 'click', ( event ) => {
		const button = ( event.target as Element | null )?.closest?.(
			SELECTOR
		);
		if ( ! ( button instanceof HTMLElement ) ) {
			return;
		}
		event.preventDefault();
		const queue = button.dataset.queue;
		ready.then( ( embed ) => {
			if ( queue ) {
				embed.config = { ...embed.config, queue };
			}
			embed.show();
		} );
	} );
}
