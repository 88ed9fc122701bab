/**
 * How sure a code's number is, and everything shown for it: the badge, its sign (colour alone is
 * not enough), the sentence behind it, and what a missing message means.
 */
interface ProvenanceView {
	badge: string;
	variant: 'success' | 'caution' | 'danger' | 'note';
	/** Shown before the badge's text, for sight only. */
	sign: string;
	explanation: string;
	/** What the page says where the vendor gives no message. */
	noMessage: string;
}

export const PROVENANCE = {
	confirmed: {
		badge: 'Number confirmed',
		variant: 'success',
		sign: '✓',
		noMessage: 'The vendor’s table gives no message for this code.',
		explanation:
			'The vendor’s Result Codes table lists this code, and command pages show the same number with it.',
	},
	'row-order': {
		badge: 'Number from table order',
		variant: 'caution',
		sign: '≈',
		noMessage: 'The vendor’s table gives no message for this code.',
		explanation:
			'The vendor’s Result Codes table lists this code, but its number column is lost in the copy we have: the number follows from the row (row n is code −n), as every confirmed number does. No command page we have seen shows it.',
	},
	conflicting: {
		badge: 'Number disputed',
		variant: 'danger',
		sign: '⚠',
		noMessage: 'The vendor’s table gives no message for this code.',
		explanation:
			'Vendor pages disagree about which number goes with this code. See the notes below before you rely on it.',
	},
	'not-in-table': {
		badge: 'Not in the vendor’s table',
		variant: 'note',
		sign: '+',
		noMessage: 'The vendor’s pages give no message for this code.',
		explanation:
			'The vendor’s Result Codes table does not list this code; command pages do, with this number.',
	},
} as const satisfies Record<string, ProvenanceView>;

export type Provenance = keyof typeof PROVENANCE;

export const PROVENANCE_IDS = Object.keys(PROVENANCE) as [Provenance, ...Provenance[]];
