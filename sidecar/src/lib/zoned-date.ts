/** Local calendar dates of a WordPress timezone (IANA name or `+HH:MM`) turned into UTC instants. */

function offsetMs(utcMs: number, timezone: string): number {
	const fixed = /^([+-])(\d{2}):(\d{2})$/.exec(timezone);
	if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) * 60_000;
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
	}).formatToParts(new Date(utcMs));
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - Math.floor(utcMs / 1000) * 1000;
}

/** The UTC instant of local midnight starting `date` (`YYYY-MM-DD`) in `timezone`, DST-aware. */
export function startOfLocalDay(date: string, timezone: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	const local = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
	const first = local - offsetMs(local, timezone);
	return new Date(local - offsetMs(first, timezone));
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, the format of WordPress's `*_gmt` columns. */
export function sqlUtc(date: Date): string {
	return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** An ISO 8601 UTC instant shown as `YYYY-MM-DD HH:MM:SS` wall-clock time in `timezone`. */
export function localDateTime(isoUtc: string, timezone: string): string {
	const ms = Date.parse(isoUtc);
	if (Number.isNaN(ms)) return '';
	return sqlUtc(new Date(ms + offsetMs(ms, timezone)));
}

/** `YYYY-MM-DD` of the day after `date`. */
export function nextDay(date: string): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
