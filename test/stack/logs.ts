import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** The last `lines` lines of a log file, labelled, for start-up failure reports ("" when absent). */
export function tail(file: string, lines = 25): string {
	if (!existsSync(file)) return '';
	const text = readFileSync(file, 'utf8').trimEnd();
	if (text === '') return '';
	return `--- ${basename(file)} (last ${lines} lines) ---\n${text.split('\n').slice(-lines).join('\n')}`;
}

/** Tails of every log that exists, for a failure report. */
export function tails(files: string[]): string {
	return files.map((file) => tail(file)).filter(Boolean).join('\n');
}
