/**
 * Triage at a glance: who acts first on a code, and whether sending the same request again can
 * help. Our reading of each code, shown as such; the words for each value are defined here once.
 */
export const TRIAGE_ACTORS = {
	caller: {
		label: 'Caller fixes the request',
		filter: 'The caller fixes the request',
		description: 'The request is wrong: whoever sends it changes it.',
	},
	administrator: {
		label: 'Administrator fixes the server',
		filter: 'An administrator fixes the server',
		description: 'The server’s configuration, licence, rights, devices or plugins need an administrator.',
	},
	wait: {
		label: 'Wait and retry',
		filter: 'Wait and retry',
		description: 'A passing state: wait, then send the request again.',
	},
	support: {
		label: 'Vendor support',
		filter: 'The vendor’s support',
		description: 'Only the vendor’s support can help.',
	},
	none: {
		label: 'Nothing to fix',
		filter: 'Nothing to fix (success)',
		description: 'Success: nothing failed.',
	},
} as const;

export const RETRY_HELPS = {
	yes: 'Retrying can help',
	no: 'Retrying the same request won’t help',
	unknown: 'Retrying may or may not help',
} as const;

export type TriageActor = keyof typeof TRIAGE_ACTORS;
export type RetryHelps = keyof typeof RETRY_HELPS;

export const TRIAGE_ACTOR_IDS = Object.keys(TRIAGE_ACTORS) as [TriageActor, ...TriageActor[]];
export const RETRY_HELPS_IDS = Object.keys(RETRY_HELPS) as [RetryHelps, ...RetryHelps[]];
