/** Typed storefront events and the public API of the event source. */

export type PageInfo = CommerceBridgeConfig[ 'page' ];

export type CartChangeReason = 'added' | 'removed' | 'updated' | 'emptied';

/**
 * Where a change was seen: `classic` jQuery cart signals, `blocks` Store API traffic (block Cart,
 * Mini-Cart, product buttons, checkout, widgets using the Store API), `vendor` a widget that changed
 * the cart its own way and announced it (refreshCartUi), `server`/`form` events queued for the next page.
 */
export type CartChangeSource =
	'classic' | 'blocks' | 'vendor' | 'form' | 'server';

/** One cart line as the Store API reports it. */
export interface CartLine {
	key: string;
	/** Product id, or the variation id for a variation. */
	id: number;
	quantity: number;
	name: string;
	/** This plugin's Store API extension data of the line (`extensions['commerce-bridge']`). */
	bridge: Record< string, unknown >;
}

export interface CartSnapshot {
	lines: CartLine[];
}

/** A line whose quantity changed; `line` is the line after the change, or before it when removed. */
export interface LineChange {
	line: CartLine;
	before: number;
	after: number;
}

export type StorefrontEvent =
	| { type: 'pageViewed'; page: PageInfo }
	| { type: 'productViewed'; productId: number; categoryIds?: number[] }
	| { type: 'categoryViewed'; categoryId: number }
	| {
			type: 'cartChanged';
			reason: CartChangeReason;
			source: CartChangeSource;
			/** The cart after the change, when the browser has seen it. */
			cart?: CartSnapshot;
			/** What changed, when the cart before the change was known too. */
			changes?: LineChange[];
			productId?: number;
			variationId?: number;
			quantity?: number;
			/** The vendor whose widget made the change, when it announced it (refreshCartUi). */
			origin?: CommerceBridgeVendorId;
	  }
	| { type: 'loggedIn'; userId: number }
	| { type: 'registered'; userId: number }
	| { type: 'loggedOut' }
	/** The order-received page's order and its key (the proof the shopper route `order-placed` checks). */
	| { type: 'orderPlaced'; orderId: number; orderKey: string }
	| { type: 'custom'; name: string; payload: Record< string, unknown > }
	/**
	 * An event in one vendor's own format that the server queued for this page (its queued type is the
	 * vendor's id), because only the server can fill it in: Loymax's login, sign-up and form-post cart
	 * events carry ids resolved per its id settings. Only that vendor's bundle reads it.
	 */
	| {
			type: 'vendorEvent';
			vendor: CommerceBridgeVendorId;
			payload: Record< string, unknown >;
	  };

export type StorefrontEventType = StorefrontEvent[ 'type' ];

/** The event of one type, e.g. `StorefrontEventOf< 'cartChanged' >`. */
export type StorefrontEventOf< T extends StorefrontEventType > = Extract<
	StorefrontEvent,
	{ type: T }
>;

export type CartChangedEvent = StorefrontEventOf< 'cartChanged' >;

export type StorefrontEventHandler = ( event: StorefrontEvent ) => void;

/** Published on `window.commerceBridgeEvents` by the storefront bundle. */
export interface CommerceBridgeEvents {
	/** Calls `handler` for every event of this page, past ones first; returns an unsubscribe. */
	subscribe: ( handler: StorefrontEventHandler ) => () => void;
	/** Calls `handler` for every event of one type, past ones first; returns an unsubscribe. */
	on: < T extends StorefrontEventType >(
		type: T,
		handler: ( event: StorefrontEventOf< T > ) => void
	) => () => void;
	/** Lets themes and vendors announce their own events. */
	emitCustom: ( name: string, payload?: Record< string, unknown > ) => void;
	/**
	 * After a widget changed the cart outside WooCommerce's UI: re-reads the cart (announcing the
	 * change as `cartChanged` from `vendor`, with `origin`, once: every vendor's subscriber sees it,
	 * and the origin's own can tell its widget's change) and asks WooCommerce to re-render its cart UI.
	 */
	refreshCartUi: ( origin?: CommerceBridgeVendorId ) => void;
	/**
	 * GET `commerce-bridge/v1/shopper/<what>` (plugin/src/Frontend/ShopperRoute.php) as the visitor,
	 * with the login cookie and the wp_rest nonce; null when the route fails or `parse` refuses the body.
	 */
	shopperGet: < T >(
		what: string,
		parse: ( body: unknown ) => T | null,
		query?: Record< string, string >
	) => Promise< T | null >;
	/**
	 * Calls `start` once the visitor's consent allows the vendor (storefront/consent.ts): at once
	 * when consent decides nothing, later without a reload when it is granted, never otherwise.
	 */
	whenAllowed: ( vendor: CommerceBridgeVendorId, start: () => void ) => void;
}
