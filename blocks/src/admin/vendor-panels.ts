/**
 * Vendor-specific admin panels (link-up, previews, help), shown under that vendor's settings form,
 * each followed by the vendor's URLs, token rotation and Verify (integration.tsx). A vendor adds its
 * panel in `vendors/<vendor>/settings/` and one line to this map.
 */
import type { ReactNode } from 'react';

import { BambuserPanel } from '../vendors/bambuser/settings/panel';
import { BelcoDeliveries } from '../vendors/belco/settings/deliveries';
import { LoymaxPanel } from '../vendors/loymax/settings/panel';
import { Oct8neLinkUp } from '../vendors/oct8ne/settings/link-up';
import type { VendorSettings } from './api';
import { withIntegration } from './integration';

export interface VendorPanelProps {
	settings: VendorSettings;
	/** The form's unsaved values (secrets excluded), for live previews. */
	draft: Record< string, unknown >;
	/** Call with the server's answer after an action that changed this vendor's settings. */
	onSettingsChange: ( settings: VendorSettings ) => void;
}

export const vendorPanels: Partial<
	Record< string, ( props: VendorPanelProps ) => ReactNode >
> = {
	oct8ne: withIntegration( Oct8neLinkUp ),
	belco: withIntegration( BelcoDeliveries ),
	loymax: withIntegration( LoymaxPanel ),
	bambuser: withIntegration( BambuserPanel ),
};
