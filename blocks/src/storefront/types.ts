/** Typed storefront events and the public API of the event source. */

export type PageInfo = CommerceBridgeConfig[ 'page' ];

export type CartChangeReason =
	'added' | 'removed' | 'updated' | 'emptied' | 'refreshed';

export type CartChangeSource = 'classic' | 'blocks' | 'form' | 'server';

export type StorefrontEvent =
	| { type: 'pageViewed'; page: PageInfo }
	| { type: 'productViewed'; productId: number; categoryIds?: number[] }
	| { type: 'categoryViewed'; categoryId: number }
	| {
			type: 'cartChanged';
			reason: CartChangeReason;
			productId?: number;
			variationId?: number;
			quantity?: number;
			source: CartChangeSource;
	  }
	| { type: 'loggedIn'; userId: number }
	| { type: 'registered'; userId: number }
	| { type: 'loggedOut' }
	| { type: 'orderPlaced'; orderId: number }
	| { type: 'custom'; name: string; payload: Record< string, unknown > };

export type StorefrontEventType = StorefrontEvent[ 'type' ];

export type StorefrontEventHandler = ( event: StorefrontEvent ) => void;

/** Published on `window.commerceBridgeEvents` by the storefront bundle. */
export interface CommerceBridgeEvents {
	/** Calls `handler` for every event of this page, past ones first; returns an unsubscribe. */
	subscribe: ( handler: StorefrontEventHandler ) => () => void;
	/** Lets themes and vendors announce their own events. */
	emitCustom: ( name: string, payload?: Record< string, unknown > ) => void;
	/** Asks WooCommerce to re-render its cart UI after a change made outside it. */
	refreshCartUi: () => void;
}
