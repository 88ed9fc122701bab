/** How the site the end-to-end tests run against is built (tests/support/build-site.ts). */

/** Where the tests' build goes, relative to the project: a folder of its own, so that `npm test` leaves dist/ as `npm start` left it. */
export const TEST_DIST = 'tests/dist';

/** An issue tracker for "Report a problem with this page"; the tests answer its address themselves. */
export const TEST_ISSUE_TRACKER = 'https://tracker.example/vdg-sense-codes/issues/new';

/** The public address the tests' build is made for, as a deployment's would be (SITE_URL). The tests serve it from localhost. */
export const TEST_SITE = 'https://codes.example.com';
