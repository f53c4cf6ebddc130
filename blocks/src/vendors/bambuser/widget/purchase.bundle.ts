/**
 * Bambuser's purchase event, a bundle of its own: the plugin enqueues it only on the order-received
 * page that claimed an order (plugin/src/Vendors/Bambuser/Purchase.php), so the bundle every page loads
 * stays small. It starts under the same consent gate as the call widget.
 */
import { bootVendor } from '../../../storefront/client';
import { trackPurchase } from './purchase';

bootVendor( 'bambuser', ( config ) => {
	if ( config.purchase ) {
		void trackPurchase( config.purchase );
	}
} );
