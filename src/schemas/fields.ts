/** Field shapes that both data files use. */
import { z } from 'astro/zod';

/** Our own prose. Backticks mark `code`; nothing else is markup. */
export const prose = z.string().trim().min(1, 'must not be empty');

/** A result code as a number: -18. */
export const resultCode = z.int();
