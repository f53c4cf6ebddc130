/** oct8ne bootstrap: starts only when the plugin printed this vendor's public config. */
import { bootVendor } from '../storefront/client';

bootVendor( 'oct8ne', () => undefined );
