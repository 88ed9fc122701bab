import { describe, expect, test } from 'vitest';
import { siteLocation } from '../../src/settings';

describe('where the site lives: SITE_URL and BASE_PATH', () => {
	test('an address at a host’s root builds the site at the root', () => {
		expect(siteLocation({ SITE_URL: 'https://codes.example.com' })).toEqual({
			siteUrl: 'https://codes.example.com/',
			basePath: '/',
		});
		expect(siteLocation({})).toEqual({ siteUrl: undefined, basePath: '/' });
	});

	test('the path of the address is the path the site is built under, with or without its last slash', () => {
		for (const SITE_URL of [
			'https://intranet.example.com/vdg-codes/',
			'https://intranet.example.com/vdg-codes',
		])
			expect(siteLocation({ SITE_URL })).toEqual({
				siteUrl: 'https://intranet.example.com/vdg-codes/',
				basePath: '/vdg-codes/',
			});
		expect(siteLocation({ SITE_URL: 'https://owner.github.io/tools/vdg_codes.v2/' }).basePath).toBe(
			'/tools/vdg_codes.v2/',
		);
	});

	test('BASE_PATH alone gives the path, and may say the same as SITE_URL', () => {
		for (const BASE_PATH of ['/vdg-codes/', '/vdg-codes', 'vdg-codes', ' /vdg-codes/ '])
			expect(siteLocation({ BASE_PATH })).toEqual({ siteUrl: undefined, basePath: '/vdg-codes/' });
		expect(
			siteLocation({
				SITE_URL: 'https://intranet.example.com/vdg-codes',
				BASE_PATH: '/vdg-codes/',
			}),
		).toEqual({ siteUrl: 'https://intranet.example.com/vdg-codes/', basePath: '/vdg-codes/' });
		expect(siteLocation({ BASE_PATH: '/' }).basePath).toBe('/');
	});

	test('a value the build cannot use is an error that names the setting and the value', () => {
		const error = (env: Record<string, string>) => {
			try {
				siteLocation(env);
			} catch (thrown) {
				return (thrown as Error).message;
			}
			return 'no error';
		};
		expect(error({ SITE_URL: 'intranet.example.com/vdg-codes/' })).toMatch(
			/^SITE_URL must be an absolute http\(s\) address, .*"intranet\.example\.com\/vdg-codes\/"/,
		);
		expect(error({ SITE_URL: 'ftp://intranet.example.com/' })).toMatch(/^SITE_URL /);
		expect(error({ SITE_URL: 'https://intranet.example.com/vdg codes/' })).toMatch(
			/^SITE_URL must be an address such as https:\/\/intranet\.example\.com\/vdg-codes\/: a path of letters, digits, .* not "https:\/\/intranet\.example\.com\/vdg%20codes\/"/,
		);
		expect(error({ SITE_URL: 'https://intranet.example.com/vdg-codes/?lang=en' })).toMatch(
			/^SITE_URL must be .* without "\?" or "#"/,
		);
		expect(error({ SITE_URL: 'https://intranet.example.com//vdg-codes/' })).toMatch(/^SITE_URL /);
		for (const BASE_PATH of ['/vdg codes/', '/a//b/', '/../vdg-codes/', 'https://x.example/a/']) {
			const message = error({ BASE_PATH });
			expect(message, BASE_PATH).toMatch(/^BASE_PATH must be a path such as \/vdg-codes\/: /);
			expect(message, BASE_PATH).toContain(`not ${JSON.stringify(BASE_PATH)}.`);
		}
		expect(
			error({ SITE_URL: 'https://intranet.example.com/vdg-codes/', BASE_PATH: '/codes/' }),
		).toBe(
			'SITE_URL (https://intranet.example.com/vdg-codes/) and BASE_PATH (/codes/) name different paths: set the path in one of them, or the same in both.',
		);
	});
});
