/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that unit tests can import modules that use `astro:content`.
export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/search/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// The modules under test are pure and keep no state between calls: one module graph for all
		// test files, instead of one each, runs the unit tests in under half the time.
		isolate: false,
	},
});
