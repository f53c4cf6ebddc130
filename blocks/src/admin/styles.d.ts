/** Stylesheets imported for their side effect: wp-scripts extracts them into build/admin.css. */
declare module '*.css';
