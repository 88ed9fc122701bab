/** How the sites the end-to-end tests run against are built (tests/support/build-site.ts). */

/** Where the tests' build goes, relative to the project: a folder of its own, so that `npm test` leaves dist/ as `npm start` left it. */
export const TEST_DIST = 'tests/dist';

/** An issue tracker for "Report a problem with this page"; the tests answer its address themselves. */
export const TEST_ISSUE_TRACKER = 'https://tracker.example/vdg-sense-codes/issues/new';

/** The public address the tests' build is made for, as a deployment's would be (SITE_URL). The tests serve it from localhost. */
export const TEST_SITE = 'https://codes.example.com';

/**
 * The address of the tests' build for a path of a host's existing site (SITE_URL with a path),
 * which tests/e2e/nginx.spec.ts serves as the README says, under that path beside Debian's default site.
 */
export const TEST_PATH_SITE = 'https://intranet.example.com/vdg-codes/';

/**
 * Where that build goes: in its path's folder, as it is copied for nginx, whose root is then
 * TEST_PATH_ROOT.
 */
export const TEST_PATH_ROOT = 'tests/dist-path';
export const TEST_PATH_DIST = `${TEST_PATH_ROOT}${new URL(TEST_PATH_SITE).pathname}`;

/** Where the end-to-end tests write their JSON report, relative to the project. */
export const E2E_REPORT = 'tests/results/e2e.json';
