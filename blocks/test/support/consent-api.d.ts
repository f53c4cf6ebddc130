/** The stack's WP Consent API page script (test/wordpress/consent-api-test/consent-api.js): run for its globals only. */
declare module '*/consent-api.js';
