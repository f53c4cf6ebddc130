import type { RowDataPacket } from 'mysql2/promise';
import type { Db } from '../db';
import type { TaxRate } from './tax-rates';

interface RateRow extends RowDataPacket {
	id: number;
	country: string;
	state: string;
	rate: string;
	priority: number;
	compound: number;
	taxClass: string;
	locationType: string | null;
	code: string | null;
}

/**
 * Every tax rate with its postcode and city rules, in one query (the table holds dozens of rows, not
 * thousands). `prefix` comes from the validated config, never from a request.
 */
export async function readTaxRates(pool: Db, prefix: string): Promise<TaxRate[]> {
	const [rows] = await pool.query<RateRow[]>(
		`SELECT r.tax_rate_id AS id, r.tax_rate_country AS country, r.tax_rate_state AS state, r.tax_rate AS rate,
			r.tax_rate_priority AS priority, r.tax_rate_compound AS compound, r.tax_rate_class AS taxClass,
			l.location_type AS locationType, l.location_code AS code
		FROM \`${prefix}woocommerce_tax_rates\` r
		LEFT JOIN \`${prefix}woocommerce_tax_rate_locations\` l ON l.tax_rate_id = r.tax_rate_id
		ORDER BY r.tax_rate_id, l.location_id`,
	);
	const rates = new Map<number, TaxRate>();
	for (const row of rows) {
		const id = Number(row.id);
		let rate = rates.get(id);
		if (!rate) {
			rate = { id, country: row.country.toUpperCase(), state: row.state.toUpperCase(), rate: Number(row.rate) || 0,
				priority: Number(row.priority), compound: Number(row.compound) === 1, taxClass: row.taxClass, postcodes: [], cities: [] };
			rates.set(id, rate);
		}
		if (row.locationType === 'postcode' && row.code) rate.postcodes.push(row.code.toUpperCase());
		if (row.locationType === 'city' && row.code) rate.cities.push(row.code.toUpperCase());
	}
	return [...rates.values()];
}
