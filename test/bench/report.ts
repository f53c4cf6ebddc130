import { PATHS, type PathName } from './paths';

/** One line of the bench table. Latencies in ms; null when the case did not measure it. */
export interface BenchRow {
	case: string;
	target: string;
	p50: number | null;
	p95: number | null;
	reqPerSec: number | null;
	notes: string;
	/** For the path comparison: the question asked (e.g. "productInfo (5 ids)") and the way it took. */
	call?: string;
	path?: PathName;
	/** Why the target was deliberately not measured (e.g. this stack has no such path); not a failure. */
	skipped?: string;
}

/** A row that should have been measured and was not: the run fails. */
export function isFailure(row: BenchRow): boolean {
	return row.p50 === null && !row.skipped;
}

function number(value: number | null): string {
	if (value === null) return '–';
	return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** How many times faster than the baseline answering the same call (p50 against p50). */
function speedUp(row: BenchRow, rows: BenchRow[]): string {
	const baseline = rows.find((r) => r.call === row.call && r.path === 'baseline')?.p50;
	if (!row.call || row.path === 'baseline' || !baseline || !row.p50) return '';
	const ratio = baseline / row.p50;
	return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
}

function align(head: string[], rows: string[][], right: boolean[]): string {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) => cells.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Every row as one aligned table; comparison rows carry their path and the speed-up over the baseline. */
export function formatTable(rows: BenchRow[]): string {
	const head = ['case', 'call', 'path', 'target', 'p50 ms', 'p95 ms', 'req/s', '× vs baseline', 'notes'];
	const cells = rows.map((r) => [
		r.case, r.call ?? '', r.path ?? '', r.target, number(r.p50), number(r.p95), r.reqPerSec === null ? '–' : r.reqPerSec.toFixed(0),
		speedUp(r, rows), r.skipped ? `skipped: ${r.skipped}` : r.notes,
	]);
	return align(head, cells, head.map((_, i) => i >= 4 && i <= 7));
}

/** The comparison at a glance: one line per call, one column per path, "p50 (× vs baseline)". */
export function formatComparison(rows: BenchRow[]): string {
	const compared = rows.filter((r) => r.call && r.path);
	const calls = [...new Set(compared.map((r) => r.call!))];
	const paths = PATHS.filter((p) => compared.some((r) => r.path === p.name));
	const cell = (call: string, path: PathName) => {
		const row = compared.find((r) => r.call === call && r.path === path);
		if (!row || row.p50 === null) return row?.skipped ? 'n/a' : '–';
		const ratio = speedUp(row, compared);
		return `${number(row.p50)}${ratio ? ` (${ratio})` : ''}`;
	};
	const head = ['p50 ms (× vs baseline)', ...paths.map((p) => p.name)];
	return align(head, calls.map((call) => [call, ...paths.map((p) => cell(call, p.name))]), head.map((_, i) => i > 0));
}
