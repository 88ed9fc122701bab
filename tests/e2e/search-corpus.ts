/**
 * Realistic queries and the page each must land on: what support engineers type or paste.
 * `page: null` means an undocumented code, which must land on no page at all.
 */
export interface SearchCase {
	query: string;
	page: string | null;
}

export const POSITIVE_VALUES = '/results/#positive-values';

export const corpus: SearchCase[] = [
	// Numbers, as typed or copied.
	{ query: '-18', page: '/codes/-18/' },
	{ query: '18', page: '/codes/-18/' },
	{ query: 'error -18', page: '/codes/-18/' },
	{ query: 'code 18', page: '/codes/-18/' },
	{ query: '\u221218', page: '/codes/-18/' }, // minus sign from a PDF
	{ query: '\u201345', page: '/codes/-45/' }, // en dash from a chat
	{ query: '0', page: '/codes/0/' },
	{ query: '-2', page: '/codes/-2/' },
	{ query: 'Error code: -21', page: '/codes/-21/' },
	{ query: '-58', page: '/codes/-58/' },
	{ query: 'result 40', page: '/codes/-40/' },

	// Whole responses and log lines.
	{ query: '<result errorcode="-45"><description>Database offline</description></result>', page: '/codes/-45/' },
	{ query: 'errorcode="-45"', page: '/codes/-45/' },
	{
		query: '<?xml version="1.0" encoding="utf-8"?>\n<result errorcode="-17">\n  <description>No server</description>\n</result>',
		page: '/codes/-17/',
	},
	{
		query: 'HTTP/1.1 200 OK\nContent-Type: text/xml\n\n<result errorcode="-4"><description>Invalid timestamp</description></result>',
		page: '/codes/-4/',
	},
	{ query: '2026-11-25 10:14:03 WARN getLiveImage camera 12: errorcode=-21', page: '/codes/-21/' },
	{ query: '<result errorcode="0"><description>Ok, no error.</description></result>', page: '/codes/0/' },
	{ query: '<result errorcode="3"/>', page: POSITIVE_VALUES },

	// Messages, verbatim.
	{ query: 'An undefined error occured', page: '/codes/-18/' },
	{ query: 'An undefined error occurred', page: '/codes/-18/' },
	{ query: 'Database offline', page: '/codes/-45/' },
	{ query: 'No device found for the supplied cameraid/deviceid.', page: '/codes/-2/' },
	{ query: 'The device is not a dome device.', page: '/codes/-19/' },
	{ query: 'Clip with given ID does not exist', page: '/codes/-40/' },
	{ query: 'Device has no connection', page: '/codes/-53/' },
	{
		query: 'The System Status plugin is not enabled or the Sense PluginManager is not running',
		page: '/codes/-54/',
	},
	{ query: 'Preset number out of range. Valid numbers are [1..64].', page: '/codes/-7/' },
	{ query: 'Enddate is >5 minutes than startdate.', page: '/codes/-38/' },
	{ query: 'Tag cannot be exported while active', page: '/codes/-52/' },
	{ query: 'The exported clip filesize is bigger than the maximum retention size', page: '/codes/-49/' },

	// Names, verbatim, and other vendor wordings.
	{ query: 'General error', page: '/codes/-18/' },
	{ query: 'No osmindex', page: '/codes/-57/' },
	{ query: 'Invalid osmindex', page: '/codes/-58/' },
	{ query: 'Clip is pending or busy', page: '/codes/-44/' },
	{ query: 'Failed after multiple tries to create clip', page: '/codes/-47/' },
	{ query: 'User is not allowed to perform command', page: '/codes/-29/' },
	{ query: 'Invalid Pretime', page: '/codes/-31/' },
	{ query: "Storage location doesn't exist", page: '/codes/-50/' },
	{ query: 'VideoTag does not exist', page: '/codes/-30/' },
	{ query: 'Retrieved image does not correspond to timestamp', page: '/codes/-3/' },

	// Fragments.
	{ query: 'undefined error', page: '/codes/-18/' },
	{ query: 'not a dome', page: '/codes/-19/' },
	{ query: 'retention size', page: '/codes/-49/' },
	{ query: 'license plate recognition', page: '/codes/-20/' },
	{ query: 'face recognition', page: '/codes/-8/' },
	{ query: 'sufficient rights', page: '/codes/-29/' },
	{ query: 'no video data', page: '/codes/-48/' },
	{ query: 'custommessageindex', page: '/codes/-57/' },

	// Codes that are not documented: no page.
	{ query: '-56', page: null },
	{ query: '-999', page: null },
	{ query: 'code 55', page: null },
	{ query: 'errorcode="-60"', page: null },
];
