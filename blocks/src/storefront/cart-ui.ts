/** Asks WooCommerce to re-render its cart UI after a vendor (oct8ne, Bambuser) changed the cart. */
import { pageJQuery } from './jquery';

interface CartStoreActions {
	invalidateResolutionForStore?: () => void;
}
interface WpData {
	dispatch?: ( store: string ) => CartStoreActions | undefined;
}

function cartStore(): CartStoreActions | undefined {
	const data = ( window as { wp?: { data?: WpData } } ).wp?.data;
	try {
		return data?.dispatch?.( 'wc/store/cart' );
	} catch {
		return undefined; // The store is not registered on this page.
	}
}

export function refreshCartUi(): void {
	pageJQuery()?.( document.body ).trigger( 'wc_fragment_refresh' );

	const store = cartStore();
	if ( store?.invalidateResolutionForStore ) {
		store.invalidateResolutionForStore();
		return;
	}
	// Without the data store (e.g. the mini-cart block alone), this event makes blocks refetch. The
	// event source does not listen to it: the refetch's Store API answer is what it reads.
	document.body.dispatchEvent(
		new CustomEvent( 'wc-blocks_added_to_cart', {
			bubbles: true,
			detail: { preserveCartData: false },
		} )
	);
}
