/**
 * ESLint flat config for the whole repository (`npm run lint:js`).
 *
 * Every .ts/.tsx file gets typescript-eslint's recommended rules (no type information needed);
 * blocks/ additionally gets the WordPress rules (@wordpress/eslint-plugin: a11y, React, i18n,
 * import, Prettier formatting), scoped to blocks/ because they assume browser code and WordPress
 * formatting.
 */
const tseslint = require( 'typescript-eslint' );
const wordpress = require( '@wordpress/eslint-plugin' );

const BLOCKS = 'blocks/**/*.{js,jsx,ts,tsx}';

/** Narrows a WordPress config object to blocks/, keeping any narrower file pattern it has. */
function inBlocks( config ) {
	const files = config.files
		? config.files.flat().map( ( pattern ) => `blocks/${ pattern }` )
		: [ BLOCKS ];
	return { ...config, files };
}

module.exports = tseslint.config(
	{
		ignores: [
			'**/node_modules/**',
			'plugin/build/**',
			'plugin/vendor/**',
			'sidecar/dist/**',
			'.stack/**',
			'test-results/**',
			'playwright-report/**',
		],
	},
	{
		files: [ '**/*.{ts,tsx}' ],
		extends: [ tseslint.configs.recommended ],
		rules: {
			// As in the WordPress config: `const { dropped, ...rest } = value` is how to omit a key.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ ignoreRestSiblings: true },
			],
		},
	},
	...wordpress.configs.recommended.map( inBlocks ),
	{
		// The WordPress config parses .js with Babel; it needs no project Babel config here.
		files: [ 'blocks/**/*.js' ],
		languageOptions: {
			parserOptions: {
				requireConfigFile: false,
				babelOptions: {
					presets: [
						require.resolve( '@wordpress/babel-preset-default' ),
					],
				},
			},
		},
	},
	{
		files: [ 'blocks/src/**/*.{ts,tsx}' ],
		languageOptions: {
			globals: { window: 'readonly', document: 'readonly' },
		},
		settings: {
			// Types-only packages and WordPress-provided modules resolve at build time.
			'import/core-modules': [ 'react', 'react/jsx-runtime' ],
		},
	}
);
