/** Lets pending I/O and timers run: index builds work in slices so requests are never held up for long. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Texts (or documents) a build handles between two yields: a few milliseconds of work. */
export const SLICE = 500;
