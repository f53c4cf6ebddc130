/** Mounts the settings app on the root element rendered by the plugin's settings page. */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

import { SettingsApp } from './SettingsApp';
import './settings.css';

domReady( () => {
	const root = document.getElementById( 'commerce-bridge-settings' );
	if ( root ) {
		createRoot( root ).render( <SettingsApp /> );
	}
} );
