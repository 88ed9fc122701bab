/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so that unit tests can import modules that use `astro:content`.
export default getViteConfig({
	test: { include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'] },
});
