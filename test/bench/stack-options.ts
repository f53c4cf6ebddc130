import type { Stack } from '../stack/stack';

/**
 * One string value of a PHP-serialized option array in the stack's database (e.g. the feed token that
 * activation generated), '' when absent. Only for flat arrays of scalars, which our options are.
 */
export async function optionValue(stack: Stack, option: string, key: string): Promise<string> {
	const serialized = await stack.db.sql(`SELECT option_value FROM \`${stack.database}\`.\`${stack.prefix}options\` WHERE option_name = '${option}';`);
	const match = new RegExp(`s:${key.length}:"${key}";s:(\\d+):"`).exec(serialized);
	if (!match) return '';
	const start = match.index + match[0].length;
	// s:<n> counts bytes: cut the value by its declared length, not at the next quote.
	return Buffer.from(serialized.slice(start), 'utf8').subarray(0, Number(match[1])).toString('utf8');
}
