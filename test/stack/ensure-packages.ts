/** `npm run setup`: installs the Debian packages the test suites need when any is missing. */
import { ensurePackages } from './packages';

ensurePackages('test');
