/*
 * TEST-ONLY stand-in for WooCommerce's add-to-cart.js and cart-fragments.js: same endpoints, same
 * jQuery events on document.body with the same arguments, so code listening to WooCommerce can be
 * tested in a browser. Not WooCommerce's code.
 */
/* global jQuery, wc_add_to_cart_params */
( function ( $, params ) {
	'use strict';
	if ( ! params ) {
		return;
	}
	const $body = $( document.body );
	const endpoint = ( name ) => params.wc_ajax_url.toString().replace( '%%endpoint%%', name );

	function replaceFragments( fragments ) {
		$.each( fragments || {}, function ( selector, html ) {
			$( selector ).replaceWith( html );
		} );
	}

	$( document ).on( 'click', '.ajax_add_to_cart', function ( event ) {
		const $button = $( this );
		if ( ! $button.attr( 'data-product_id' ) ) {
			return;
		}
		event.preventDefault();
		const data = {};
		$.each( $button.data(), function ( key, value ) {
			data[ key ] = value;
		} );
		$button.removeClass( 'added' ).addClass( 'loading' );
		$body.trigger( 'adding_to_cart', [ $button, data ] );
		$.post( endpoint( 'add_to_cart' ), data, function ( response ) {
			if ( ! response ) {
				return;
			}
			if ( response.error && response.product_url ) {
				window.location = response.product_url;
				return;
			}
			$body.trigger( 'added_to_cart', [ response.fragments, response.cart_hash, $button ] );
		}, 'json' );
	} );

	$( document ).on( 'click', '.remove_from_cart_button', function ( event ) {
		const $button = $( this );
		event.preventDefault();
		$.post( endpoint( 'remove_from_cart' ), { cart_item_key: $button.data( 'cart_item_key' ) }, function ( response ) {
			if ( ! response || ! response.fragments ) {
				window.location = $button.attr( 'href' );
				return;
			}
			$body.trigger( 'removed_from_cart', [ response.fragments, response.cart_hash, $button ] );
		}, 'json' );
	} );

	// Like WooCommerce's own handler bound to the same events: update the button and the fragments.
	$body.on( 'added_to_cart removed_from_cart', function ( event, fragments, cartHash, $button ) {
		if ( $button && 'added_to_cart' === event.type ) {
			$button.removeClass( 'loading' ).addClass( 'added' );
			if ( ! $button.next( '.added_to_cart' ).length ) {
				$button.after( '<a href="' + params.cart_url + '" class="added_to_cart wc-forward" title="' + params.i18n_view_cart + '">' + params.i18n_view_cart + '</a>' );
			}
		}
		replaceFragments( fragments );
	} );

	$body.on( 'wc_fragment_refresh', function () {
		$.post( endpoint( 'get_refreshed_fragments' ), { time: Date.now() }, function ( response ) {
			if ( response && response.fragments ) {
				replaceFragments( response.fragments );
				$body.trigger( 'wc_fragments_refreshed' );
			}
		}, 'json' );
	} );
}( jQuery, window.wc_add_to_cart_params ) );
