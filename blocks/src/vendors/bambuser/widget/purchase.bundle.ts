/**
 * Bambuser's purchase event, a bundle of its own: the plugin enqueues it only on order-received pages
 * (plugin/src/Vendors/Bambuser/PurchaseReport.php), so the bundle every page loads stays small. It
 * starts under the same consent gate as the call widget.
 */
import { bootVendor } from '../../../storefront/client';
import { trackPurchases } from './purchase';

bootVendor( 'bambuser', ( _config, events ) => void trackPurchases( events ) );
