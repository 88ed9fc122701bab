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
			'The vendor’s Result Codes table lists this code, and at least one command page shows the same number with it.',
	},
	'row-order': {
		badge: 'Number from table order',
		variant: 'caution',
		explanation:
			'The vendor’s Result Codes table lists this code, but the copy we have lost its number column. The number follows from the row’s position (row n is code −n), which every number confirmed elsewhere agrees with; no command page we have seen shows this one.',
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
