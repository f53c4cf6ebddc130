/*
 * TEST STACK ONLY: the page-side surface of the WP Consent API, written from its documentation.
 * Globals: wp_has_consent( category ), wp_set_consent( category, 'allow' | 'deny' ),
 * wp_fallback_consent_type and waitfor_consent_hook; wp_set_consent fires
 * `wp_listen_for_consent_change` on document with { [category]: value } as detail.
 */
( function () {
	var settings = window.consent_api || {};
	window.wp_fallback_consent_type = settings.consent_type;
	window.waitfor_consent_hook = settings.waitfor_consent_hook;

	function cookie( category ) {
		var name = 'wp_consent_' + category + '=';
		var parts = document.cookie.split( ';' );
		for ( var i = 0; i < parts.length; i++ ) {
			var part = parts[ i ].trim();
			if ( part.indexOf( name ) === 0 ) {
				return part.substring( name.length );
			}
		}
		return '';
	}

	window.wp_has_consent = function ( category ) {
		var type = window.wp_consent_type || window.wp_fallback_consent_type;
		var value = cookie( category );
		if ( ! type ) {
			return true;
		}
		if ( type.indexOf( 'optout' ) !== -1 && value === '' ) {
			return true;
		}
		return value === 'allow';
	};

	window.wp_set_consent = function ( category, value ) {
		if ( value !== 'allow' && value !== 'deny' ) {
			return;
		}
		var days = Number( settings.cookie_expiration ) || 30;
		var expires = new Date( Date.now() + days * 86400000 ).toUTCString();
		var secure = window.location.protocol === 'https:' ? ';secure' : '';
		document.cookie = 'wp_consent_' + category + '=' + value + ';expires=' + expires + ';path=/' + secure;
		var detail = {};
		detail[ category ] = value;
		document.dispatchEvent( new CustomEvent( 'wp_listen_for_consent_change', { detail: detail } ) );
	};
} )();
