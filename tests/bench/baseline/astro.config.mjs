// @ts-check
/**
 * The baseline of the build benchmark: a plain Starlight site with one route that renders a page
 * per code from the same generated data (VDG_DATA_DIR), with Starlight's defaults (its search index
 * included). `npm run bench` builds it beside the site and prints the ratio.
 */
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({ integrations: [starlight({ title: 'Baseline' })] });
