/**
 * The groups that result codes are sorted into on the codes index. The vendor's table has no
 * groups; these are ours, by what a code is about. Order is the order shown; each group's label and
 * description are UI strings (`category.<id>.label`, `category.<id>.description`).
 */
export const CODE_CATEGORY_IDS = [
	'general',
	'servers-and-system',
	'devices-and-images',
	'viewers-and-layouts',
	'actions-and-macros',
	'video-tags',
	'clips-and-exports',
	'parameters',
] as const;

export type CodeCategory = (typeof CODE_CATEGORY_IDS)[number];
