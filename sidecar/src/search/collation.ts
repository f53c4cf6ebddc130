import type { RowDataPacket } from 'mysql2/promise';
import type { Db } from '../woocommerce/db';
import { CharClasses } from './char-classes';

/**
 * The shop's collation as the search index needs it, learnt from MariaDB itself (WEIGHT_STRING), so the
 * index agrees with SQL without a copy of the Unicode tables. `LIKE` compares one character at a time:
 * two characters are equal when their weights are (É = e, and every ignorable character equals every
 * other). `fold` maps each code point to one UTF-16 unit per weight class, so a plain `includes` on
 * folded text is the collation's `LIKE '%…%'`. `=` (an exact SKU) compares whole weight strings:
 * ignorables drop out, ß = ss, and with PAD SPACE trailing spaces do not count.
 */
export interface Collation {
	/** Learns the weights of every character in `texts` that is not known yet (one query for all of them). */
	learn(texts: Iterable<string>): Promise<void>;
	/** Whether every character of `texts` is known already. */
	knows(texts: Iterable<string>): boolean;
	/** One unit per code point; every character must have been learnt. */
	fold(text: string): string;
	/** Whether a folded unit is weighed like whitespace: text is cut into chunks there. */
	isSeparator(unit: number): boolean;
	/** What `sku = ?` compares. */
	equalityKey(text: string): string;
	/** Whether `a` sorts before (< 0), with (0) or after `b`, given WEIGHT_STRING keys as latin1 text. */
	compareSortKeys(a: string, b: string): number;
	/** The folded space (what a search phrase joins its words with). */
	readonly space: string;
	/** How many characters are known (bounded by what the catalog and the searches contain). */
	readonly size: number;
}

const BATCH = 2000;

interface ColumnFacts {
	collation: string;
	padSpace: boolean;
}

async function columnCollation(db: Db, table: string, column: string): Promise<string> {
	const [rows] = await db.query<RowDataPacket[]>(
		'SELECT COLLATION_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?', [table, column]);
	const name = String(rows[0]?.c ?? '');
	if (!/^\w+$/.test(name)) throw new Error(`search index: no collation for ${table}.${column}`);
	return name;
}

/** The collation of the searched columns; the index refuses a shop whose columns disagree. */
async function columnFacts(db: Db, prefix: string): Promise<ColumnFacts> {
	const names = await Promise.all([['posts', 'post_title'], ['posts', 'post_excerpt'], ['posts', 'post_content'], ['wc_product_meta_lookup', 'sku']]
		.map(([table, column]) => columnCollation(db, `${prefix}${table}`, column ?? '')));
	const collation = names[0] ?? '';
	if (names.some((name) => name !== collation)) throw new Error(`search index: searched columns use different collations (${names.join(', ')})`);
	const [rows] = await db.query<RowDataPacket[]>(`SELECT CONVERT('a' USING utf8mb4) COLLATE ${collation} = CONVERT('a ' USING utf8mb4) AS pad`, []);
	return { collation, padSpace: Number(rows[0]?.pad) === 1 };
}

/** Weight strings (latin1 text) of single characters, in the order asked. */
async function weights(db: Db, collation: string, chars: string[]): Promise<string[]> {
	const [rows] = await db.query<RowDataPacket[]>(
		`SELECT j.i, HEX(WEIGHT_STRING(j.c)) AS w FROM JSON_TABLE(?, '$[*]' COLUMNS (i FOR ORDINALITY,
			c VARCHAR(1) CHARACTER SET utf8mb4 COLLATE ${collation} PATH '$')) j ORDER BY j.i`, [JSON.stringify(chars)]);
	if (rows.length !== chars.length) throw new Error('search index: weight lookup lost characters');
	return rows.map((row) => Buffer.from(String(row.w ?? ''), 'hex').toString('latin1'));
}

/** PAD SPACE: the shorter key goes on as if followed by spaces (ORDER BY's rule), so 'a' = 'a ' and 'a\t' < 'a'. */
function sortKeyComparer(padSpace: boolean, pad: string): (a: string, b: string) => number {
	return (a, b) => {
		const shared = Math.min(a.length, b.length);
		for (let i = 0; i < shared; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
		if (!padSpace || pad === '' || a.length === b.length) return a.length - b.length;
		const [longer, sign] = a.length > b.length ? [a, 1] : [b, -1];
		for (let i = shared; i < longer.length; i++) {
			const diff = longer.charCodeAt(i) - pad.charCodeAt((i - shared) % pad.length);
			if (diff !== 0) return sign * diff;
		}
		return 0;
	};
}

export async function loadCollation(db: Db, prefix: string): Promise<Collation> {
	const { collation, padSpace } = await columnFacts(db, prefix);
	const classes = new CharClasses();

	async function learn(texts: Iterable<string>): Promise<void> {
		const chars = [...classes.unknownIn(texts)];
		for (let at = 0; at < chars.length; at += BATCH) {
			const batch = chars.slice(at, at + BATCH);
			(await weights(db, collation, batch)).forEach((weight, i) => classes.add(batch[i] ?? '', weight));
		}
	}

	await learn([' ']);
	const space = classes.fold(' ');
	const spaceWeight = classes.weightsOf(space);

	function equalityKey(text: string): string {
		let key = classes.weightsOf(classes.fold(text));
		while (padSpace && spaceWeight !== '' && key.endsWith(spaceWeight)) key = key.slice(0, -spaceWeight.length);
		return key;
	}

	return {
		learn, knows: (texts) => classes.unknownIn(texts).size === 0, fold: (text) => classes.fold(text), isSeparator: (unit) => classes.isSeparator(unit), equalityKey,
		compareSortKeys: sortKeyComparer(padSpace, spaceWeight), space, get size() { return classes.size; },
	};
}
