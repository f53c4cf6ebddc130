/**
 * Routes SIGINT/SIGTERM to `onSignal` instead of letting Node die, so a command can stop the services it
 * started. Returns an AbortSignal that fires on the first signal (for a start still in progress).
 */
export function handleSignals(onSignal: () => void | Promise<void>): AbortSignal {
	const abort = new AbortController();
	const handler = () => {
		abort.abort();
		void onSignal();
	};
	process.on('SIGINT', handler);
	process.on('SIGTERM', handler);
	return abort.signal;
}
