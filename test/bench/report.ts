/** One line of the bench table. Latencies in ms; null when the case did not measure it. */
export interface BenchRow {
	case: string;
	target: string;
	p50: number | null;
	p95: number | null;
	reqPerSec: number | null;
	notes: string;
}

const COLUMNS: Array<[keyof BenchRow, string, 'left' | 'right']> = [
	['case', 'case', 'left'], ['target', 'target', 'left'], ['p50', 'p50 ms', 'right'], ['p95', 'p95 ms', 'right'],
	['reqPerSec', 'req/s', 'right'], ['notes', 'notes', 'left'],
];

function cell(value: BenchRow[keyof BenchRow]): string {
	if (value === null) return '–';
	if (typeof value === 'number') return value >= 100 ? value.toFixed(0) : value.toFixed(1);
	return value;
}

/** Prints all rows as one aligned table. */
export function formatTable(rows: BenchRow[]): string {
	const cells = rows.map((row) => COLUMNS.map(([key]) => cell(row[key])));
	const widths = COLUMNS.map(([, title], i) => Math.max(title.length, ...cells.map((c) => c[i]!.length)));
	const line = (values: string[]) => values.map((v, i) => (COLUMNS[i]![2] === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
	return [line(COLUMNS.map(([, title]) => title)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
