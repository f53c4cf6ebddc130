/** Browser logic of blocks/ (event source, cart diffing, vendor subscribers) in jsdom; no server. */
/** @type {import('jest').Config} */
module.exports = {
	rootDir: __dirname,
	roots: [ '<rootDir>/test' ],
	testMatch: [ '**/*.test.ts' ],
	testEnvironment: 'jsdom',
	// The shop's origin: the event source only reads same-origin Store API answers.
	testEnvironmentOptions: { url: 'https://shop.example/product/beanie/' },
	transform: {
		'^.+\\.ts$': [
			'@swc/jest',
			{
				jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
				module: { type: 'commonjs' },
			},
		],
	},
	maxWorkers: 2,
};
