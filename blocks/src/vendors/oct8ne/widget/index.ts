/**
 * oct8ne bootstrap: injects oct8ne's widget script (fact sheet §2) with the properties the plugin put
 * in this vendor's public config, tells a loaded widget when the cart changed without a reload, and
 * notifies oct8ne of the order placed (sale.ts).
 */
import {
	bootVendor,
	type CartChangedEvent,
	type CommerceBridgeEvents,
} from '../../../storefront/client';
import { scheduleInsertion, type Oct8neLoading } from './loading';
import { notifySale } from './sale';

export interface Oct8neConfig {
	server: string;
	staticServer: string;
	license: string;
	baseUrl: string;
	checkoutUrl: string;
	loginUrl: string;
	checkoutSuccessUrl: string;
	locale: string;
	currencyCode: string;
	currentProduct?: { id: string; thumbnail: string };
	/** When the script is inserted (oct8ne/loading.ts); the page's settings, not oct8ne's. */
	loading: Oct8neLoading;
	loadDelay: number;
}

type UpdateTarget = 'cart' | 'wishlist' | 'user';

/** The global `oct8ne`: our script element, which oct8ne's script extends with its runtime API. */
type Oct8neElement = HTMLScriptElement &
	Omit<
		Oct8neConfig,
		'staticServer' | 'currentProduct' | 'loading' | 'loadDelay'
	> & {
		apiVersion: string;
		currentProduct?: Oct8neConfig[ 'currentProduct' ];
		onProductAddedToCart: ( productId: string ) => void;
		onProductAddedToWishList: ( productId: string ) => void;
		update?: ( what: UpdateTarget ) => void;
	};

declare global {
	interface CommerceBridgeVendorConfigs {
		oct8ne: Oct8neConfig;
	}
	interface Window {
		oct8ne?: Oct8neElement;
	}
}

const DAY_MS = 86_400_000;

function inject( config: Oct8neConfig, events: CommerceBridgeEvents ): void {
	const { staticServer, currentProduct, loading, loadDelay, ...properties } =
		config;
	const element = document.createElement( 'script' ) as Oct8neElement;
	Object.assign( element, properties, {
		type: 'text/javascript',
		async: true,
		apiVersion: '2.4',
		// The widget has already changed the cart: the store's cart UI must catch up, and the change is
		// announced to the other vendors (not back to oct8ne, see isNewToOct8ne).
		onProductAddedToCart: () => events.refreshCartUi( 'oct8ne' ),
		onProductAddedToWishList: () => events.refreshCartUi( 'oct8ne' ),
	} );
	if ( currentProduct ) {
		element.currentProduct = currentProduct;
	}
	// The day number makes browsers fetch oct8ne's latest script at least once a day.
	element.src = `https://${ staticServer }api/v2/oct8ne.js?${ Math.round(
		Date.now() / DAY_MS
	) }`;
	window.oct8ne = element;
	const first = document.getElementsByTagName( 'script' )[ 0 ];
	if ( first?.parentNode ) {
		first.parentNode.insertBefore( element, first );
	} else {
		document.head.appendChild( element );
	}
}

/**
 * Cart changes made on this page without a reload (classic AJAX, block cart, other vendors' widgets),
 * except oct8ne's own: its widget made them. Changes made by a page load are told to oct8ne by the
 * server (plugin/src/Vendors/Oct8ne/RealtimeUpdate.php), so each change reaches it once.
 * @param event A cart change.
 */
function isNewToOct8ne( event: CartChangedEvent ): boolean {
	return (
		( event.source === 'classic' ||
			event.source === 'blocks' ||
			event.source === 'vendor' ) &&
		event.origin !== 'oct8ne'
	);
}

bootVendor( 'oct8ne', ( config, events ) => {
	if ( ! config.license ) {
		return;
	}
	// Whatever the widget's loading; a second copy of the bundle asks too, and is answered no URL.
	notifySale( events );
	// A second copy of this bundle (optimisers) finds the script already inserted.
	if ( window.oct8ne ) {
		return;
	}
	scheduleInsertion( config.loading, config.loadDelay, () => {
		if ( ! window.oct8ne ) {
			inject( config, events );
		}
	} );
	events.on( 'cartChanged', ( event ) => {
		// Before oct8ne's script has loaded there is nothing to update: it reads the cart itself.
		if (
			isNewToOct8ne( event ) &&
			typeof window.oct8ne?.update === 'function'
		) {
			window.oct8ne.update( 'cart' );
		}
	} );
} );
