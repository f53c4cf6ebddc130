/**
 * `npm run setup`: installs the Debian packages the test suites need when any is missing, and unpacks
 * WordPress and WooCommerce from their release archives (failing at once with what to provide).
 */
import { ensurePackages } from './packages';
import { assembleCache } from './wordpress';

ensurePackages('test');
assembleCache().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
