/**
 * Triage at a glance: who acts first on a code, and whether sending the same request again can
 * help. Our reading of each code, shown as such. The words for each value are UI strings
 * (`triage.actor.<id>.*`, `triage.retry.<id>`); here is what each value is and how its badge looks.
 */
import type { BadgeVariant } from './badges';

/** Who acts first, each with the look of its badge. */
export const TRIAGE_ACTORS = {
	/** The request is wrong: whoever sends it changes it. */
	caller: { variant: 'tip' },
	/** The server's configuration, licence, rights, devices or plugins need an administrator. */
	administrator: { variant: 'caution' },
	/** A passing state: wait, then send the request again. */
	wait: { variant: 'note' },
	/** Only the vendor's support can help. */
	support: { variant: 'danger' },
	/** Success (0 only): nothing failed. */
	none: { variant: 'success' },
} as const satisfies Record<string, { variant: BadgeVariant }>;

/** Whether the same request, sent again, can help. */
export const RETRY_HELPS = {
	yes: { variant: 'success' },
	no: { variant: 'default' },
	unknown: { variant: 'default' },
} as const satisfies Record<string, { variant: BadgeVariant }>;

export type TriageActor = keyof typeof TRIAGE_ACTORS;
export type RetryHelps = keyof typeof RETRY_HELPS;

export const TRIAGE_ACTOR_IDS = Object.keys(TRIAGE_ACTORS) as [TriageActor, ...TriageActor[]];
export const RETRY_HELPS_IDS = Object.keys(RETRY_HELPS) as [RetryHelps, ...RetryHelps[]];
