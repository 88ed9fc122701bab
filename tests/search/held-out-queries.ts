/**
 * Queries worded as tickets are worded, held out from tuning: search is never tuned on them, and
 * none of them is in the corpus the tests tune on (tests/e2e/search-corpus.ts). Each was written
 * with the page that is right for it from the vendor's Result Codes table, its command pages and
 * support experience, before the search was run on it, so `npm run bench:held-out` measures how
 * search does on wordings nobody tuned for. A query lands first where one of its `pages` is the
 * first result, in the top three where one is among the first three.
 *
 * Add queries here only as they come (from tickets, from forums), with the page that is right; do
 * not change search to make one of them land, and do not edit one after seeing its result.
 */
export interface HeldOutQuery {
	query: string;
	/** The pages that answer it: any of them counts. */
	pages: string[];
	kind: 'industry' | 'fragment' | 'typo' | 'log' | 'dutch';
}

const code = (...codes: number[]) => codes.map((number) => `/codes/${number}/`);

export const heldOut: HeldOutQuery[] = [
	// Industry words: what an integrator or a VMS technician calls things.
	{ query: 'NVR not responding to API calls', pages: code(-42), kind: 'industry' },
	{ query: 'goto preset 80 fails on PTZ', pages: code(-7), kind: 'industry' },
	{ query: 'video wall monitor 3 unknown', pages: code(-13), kind: 'industry' },
	{ query: 'SQL server down on recorder', pages: code(-45), kind: 'industry' },
	{ query: 'access denied for api user', pages: code(-29), kind: 'industry' },
	{ query: 'function not supported on this NVR version', pages: code(-1), kind: 'industry' },
	{ query: 'export stuck at pending', pages: code(-44), kind: 'industry' },
	{ query: 'LPR camera not configured', pages: code(-20), kind: 'industry' },
	{ query: 'face recognition module missing', pages: code(-8), kind: 'industry' },
	{ query: 'video loss on camera 12', pages: code(-53), kind: 'industry' },
	{ query: 'camera switched off in Sense profile', pages: code(-21), kind: 'industry' },
	{ query: 'UTC offset in time parameter rejected', pages: code(-4), kind: 'industry' },
	{ query: 'exported mp4 exceeds max size', pages: code(-49), kind: 'industry' },
	{ query: 'export to NAS share fails, path invalid', pages: code(-50), kind: 'industry' },
	{ query: 'no recordings for that time on the NVR', pages: code(-48), kind: 'industry' },
	{ query: 'clip expired after 7 days', pages: code(-40, -39), kind: 'industry' },
	{ query: 'video tag still recording, cannot export', pages: code(-52), kind: 'industry' },
	{ query: 'spot monitor multilayout id wrong', pages: code(-16), kind: 'industry' },
	{ query: 'operator workstation divaid not valid', pages: code(-28, -12), kind: 'industry' },
	{ query: 'PC clock ahead, start in the future', pages: code(-41), kind: 'industry' },
	{ query: 'offline recorder, no answer', pages: code(-42), kind: 'industry' },

	// Two-word fragments.
	{ query: 'resolution invalid', pages: code(-46), kind: 'fragment' },
	{ query: 'pending busy', pages: code(-44), kind: 'fragment' },
	{ query: 'dome camera', pages: code(-19), kind: 'fragment' },
	{ query: 'empty value', pages: code(-23), kind: 'fragment' },
	{ query: 'image size', pages: code(-46), kind: 'fragment' },
	{ query: 'clip gone', pages: code(-40, -39), kind: 'fragment' },
	{ query: 'permission missing', pages: code(-29), kind: 'fragment' },
	{ query: 'macro missing', pages: code(-25), kind: 'fragment' },

	// Typos.
	{ query: 'licence plate recogniton', pages: code(-20), kind: 'typo' },
	{ query: 'permision denied', pages: code(-29), kind: 'typo' },
	{ query: 'dabase unreachable', pages: code(-45), kind: 'typo' },
	{ query: 'preset out of rnage', pages: code(-7), kind: 'typo' },
	{ query: 'multilayot not found', pages: code(-16), kind: 'typo' },

	// Log lines, without a result code in them.
	{
		query: 'WARN exportVideo: target folder does not exist D:\\exports',
		pages: code(-50),
		kind: 'log',
	},
	{ query: 'ERROR addClip: clip not ready yet, status=busy', pages: code(-44), kind: 'log' },
	{
		query: '12:01:07 [api] getLiveImage failed: camera disconnected',
		pages: code(-53),
		kind: 'log',
	},
	{ query: 'sense-api: selectLayout failed, layout not found', pages: code(-14), kind: 'log' },

	// Dutch, as a Dutch support engineer types it.
	{ query: 'camera offline geen verbinding', pages: code(-53), kind: 'dutch' },
	{ query: 'verbinding met camera verbroken', pages: code(-53), kind: 'dutch' },
	{ query: 'geen live beeld van camera', pages: code(-5, -11), kind: 'dutch' },
	{ query: 'geen opnames gevonden voor dat tijdstip', pages: code(-48), kind: 'dutch' },
	{ query: 'ongeldig datumformaat', pages: code(-4), kind: 'dutch' },
	{ query: 'gebruiker heeft geen rechten', pages: code(-29), kind: 'dutch' },
	{ query: 'database niet bereikbaar', pages: code(-45), kind: 'dutch' },
	{ query: 'export map bestaat niet', pages: code(-50), kind: 'dutch' },
	{ query: 'clip is nog bezig', pages: code(-44), kind: 'dutch' },
	{ query: 'preset buiten bereik', pages: code(-7), kind: 'dutch' },
	{ query: 'server reageert niet', pages: code(-42), kind: 'dutch' },
	{ query: 'opname te lang, maximaal 5 minuten', pages: code(-38), kind: 'dutch' },
];
