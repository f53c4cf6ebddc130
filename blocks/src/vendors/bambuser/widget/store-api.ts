/**
 * The shopper's native cart through WooCommerce's Store API (fact sheet §8): same-origin cookies, a
 * `Nonce` taken from `GET cart` (never from cached HTML) and refreshed from every response. Callers
 * serialise their read-modify-write sequences (see cart.ts).
 */

export interface CartLine {
	key: string;
	id: number;
	quantity: number;
	name: string;
	sku: string;
	/** The line's attribute values: `attribute_pa_size` → the shown value ("Small"). */
	variation: Array< { raw_attribute: string; value: string } >;
	prices: {
		price: string;
		currency_code: string;
		currency_minor_unit: number;
	};
}
export interface Cart {
	items: CartLine[];
}
export interface VariationChoice {
	attribute: string;
	value: string;
}

/** A Store API refusal with WooCommerce's error code. */
export class StoreApiError extends Error {
	constructor(
		readonly code: string,
		message: string
	) {
		super( message );
	}
}

const NONCE_CODES = [
	'woocommerce_rest_missing_nonce',
	'woocommerce_rest_invalid_nonce',
];

export class StoreApi {
	private nonce = '';

	constructor( private readonly baseUrl: string ) {}

	cart(): Promise< Cart > {
		return this.request( 'GET', 'cart' );
	}

	addItem(
		id: number,
		quantity: number,
		variation: VariationChoice[] = []
	): Promise< Cart > {
		const body = variation.length
			? { id, quantity, variation }
			: { id, quantity };
		return this.write( 'cart/add-item', body );
	}

	updateItem( key: string, quantity: number ): Promise< Cart > {
		return this.write( 'cart/update-item', { key, quantity } );
	}

	removeItem( key: string ): Promise< Cart > {
		return this.write( 'cart/remove-item', { key } );
	}

	private async write( path: string, body: object ): Promise< Cart > {
		if ( ! this.nonce ) {
			await this.request( 'GET', 'cart' );
		}
		try {
			return await this.request( 'POST', path, body );
		} catch ( error ) {
			// An expired or session-bound nonce: fetch a fresh one and retry once.
			if (
				error instanceof StoreApiError &&
				NONCE_CODES.includes( error.code )
			) {
				await this.request( 'GET', 'cart' );
				return this.request( 'POST', path, body );
			}
			throw error;
		}
	}

	private async request(
		method: 'GET' | 'POST',
		path: string,
		body?: object
	): Promise< Cart > {
		const headers: Record< string, string > = {
			Accept: 'application/json',
		};
		if ( method === 'POST' ) {
			headers[ 'Content-Type' ] = 'application/json';
			headers.Nonce = this.nonce;
		}
		const response = await fetch( this.baseUrl + path, {
			method,
			headers,
			credentials: 'same-origin',
			// No body for a GET: JSON.stringify( undefined ) is undefined.
			body: JSON.stringify( body ),
		} );
		// WooCommerce ≥ 9.0 (the plugin's minimum) sends `Nonce` on every cart answer.
		this.nonce = response.headers.get( 'Nonce' ) ?? this.nonce;
		const json: unknown = await response.json().catch( () => null );
		if ( ! response.ok ) {
			const error = ( json ?? {} ) as {
				code?: unknown;
				message?: unknown;
			};
			throw new StoreApiError(
				typeof error.code === 'string'
					? error.code
					: `http_${ response.status }`,
				typeof error.message === 'string'
					? error.message
					: response.statusText
			);
		}
		return json as Cart;
	}
}
