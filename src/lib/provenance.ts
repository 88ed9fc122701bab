import type { ResultCode } from '../content.config';

type Provenance = ResultCode['provenance'];

/** How each kind of provenance is shown: a short badge and the sentence behind it. */
export const PROVENANCE: Record<
	Provenance,
	{ badge: string; variant: 'success' | 'caution' | 'danger' | 'note'; explanation: string }
> = {
	confirmed: {
		badge: 'Number confirmed',
		variant: 'success',
		explanation:
			'The vendor’s Result Codes table lists this code, and command pages show the same number with it.',
	},
	'row-order': {
		badge: 'Number from table order',
		variant: 'caution',
		explanation:
			'The vendor’s Result Codes table lists this code, but its number column is lost in the copy we have: the number follows from the row (row n is code −n), as every confirmed number does. No command page we have seen shows it.',
	},
	conflicting: {
		badge: 'Number disputed',
		variant: 'danger',
		explanation:
			'Vendor pages disagree about which number goes with this code. See the notes below before you rely on it.',
	},
	'not-in-table': {
		badge: 'Not in the vendor’s table',
		variant: 'note',
		explanation:
			'The vendor’s Result Codes table does not list this code; command pages do, with this number.',
	},
};
