/**
 * The groups that result codes are sorted into on the index and in the sidebar. The vendor's table
 * has no groups; these are ours, by what a code is about. Order is the order shown.
 */
export const CODE_CATEGORIES = {
	general: {
		label: 'General',
		description: 'Success, unhandled errors and functions the server does not implement.',
	},
	'servers-and-system': {
		label: 'Servers, users and system',
		description: 'Servers and viewers (DIVA ids), user rights, the database and plugins.',
	},
	'devices-and-images': {
		label: 'Devices and images',
		description: 'Cameras, domes, analytics and the live or recorded images they produce.',
	},
	'viewers-and-layouts': {
		label: 'Viewers and layouts',
		description: 'Monitors, layouts, panels and multilayouts on Sense viewers.',
	},
	'actions-and-macros': {
		label: 'Actions and macros',
		description: 'Actions run with executeAction, their parameters, and macros.',
	},
	'video-tags': {
		label: 'Video tags',
		description: 'Video tags that protect recordings from deletion.',
	},
	'clips-and-exports': {
		label: 'Clips and exports',
		description: 'MP4 clips made with addClip and exports made with exportVideo.',
	},
	parameters: {
		label: 'Missing or invalid parameters',
		description: 'A request that lacks a required parameter or gives one a value the server rejects.',
	},
} as const;

export type CodeCategory = keyof typeof CODE_CATEGORIES;

export const CODE_CATEGORY_IDS = Object.keys(CODE_CATEGORIES) as [CodeCategory, ...CodeCategory[]];
