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

/** Why each side keeps apart, the first words of its lint message. */
const SHARE_NOTHING =
	'The settings app and the storefront share no code: move what both need to vendors/<vendor>/shared/';
const EDITOR_ONLY =
	'An editor block runs in the block editor and PHP renders its markup: it imports nothing of the storefront';

/** A no-restricted-imports pattern for any import path that goes through one of these folders. */
function apart( why, ...folders ) {
	const names = folders.join( '|' );
	return {
		regex: `(^|/)(${ names })(/|$)`,
		message: `${ why } (not from ${ folders.map( ( f ) => `${ f }/` ).join( ' or ' ) }).`,
	};
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
	},
	// Issue 11: the settings app (its shell and each vendor's settings/ and shared/ logic) ships
	// nothing of the storefront, and the storefront bundles nothing of the settings app.
	{
		files: [
			'blocks/src/admin/**',
			'blocks/src/vendors/*/settings/**',
			'blocks/src/vendors/*/shared/**',
		],
		rules: {
			'no-restricted-imports': [ 'error', { patterns: [ apart( SHARE_NOTHING, 'storefront', 'widget' ) ] } ],
		},
	},
	{
		files: [ 'blocks/src/storefront/**', 'blocks/src/vendors/*/widget/**' ],
		rules: {
			'no-restricted-imports': [ 'error', { patterns: [ apart( SHARE_NOTHING, 'admin', 'settings' ) ] } ],
		},
	},
	// The editor blocks belong to their vendor's home (vendors/<vendor>/blocks/), beside its widget,
	// yet they ship nothing of the storefront; editor/ holds what the blocks of several vendors share.
	{
		files: [ 'blocks/src/vendors/*/blocks/**', 'blocks/src/editor/**' ],
		rules: {
			'no-restricted-imports': [ 'error', { patterns: [ apart( EDITOR_ONLY, 'storefront', 'widget' ) ] } ],
		},
	}
);
