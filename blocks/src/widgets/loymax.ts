/** Loymax SmartCom bootstrap: starts only when the plugin printed this vendor's public config. */
import { bootVendor } from '../storefront/client';

bootVendor( 'loymax', () => undefined );
