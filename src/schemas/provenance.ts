/**
 * How sure a code's number is. The words for each value are UI strings (`provenance.<id>.*`: the
 * badge, the sentence behind it, what a missing message means); here is how its badge looks, with a
 * sign beside the colour, since colour alone is not enough.
 */
import type { BadgeVariant } from './badges';

export const PROVENANCE = {
	/** In the vendor's table, and command pages show the same number with it. */
	confirmed: { variant: 'success', sign: '✓' },
	/** In the vendor's table; the number follows from its row only. */
	'row-order': { variant: 'caution', sign: '≈' },
	/** Vendor pages disagree about which number goes with it. */
	conflicting: { variant: 'danger', sign: '⚠' },
	/** Not in the vendor's table; command pages show it with this number. */
	'not-in-table': { variant: 'note', sign: '+' },
} as const satisfies Record<string, { variant: BadgeVariant; sign: string }>;

export type Provenance = keyof typeof PROVENANCE;

export const PROVENANCE_IDS = Object.keys(PROVENANCE) as [Provenance, ...Provenance[]];
