/**
 * Realistic queries and the pages that answer them: what support engineers type or paste. A query
 * lands when one of its `pages` is among the first three results.
 */
export interface SearchCase {
	query: string;
	pages: string[];
}

const POSITIVE_VALUES = '/results/#positive-values';

export const corpus: SearchCase[] = [
	// Numbers, as typed or copied.
	{ query: '-18', pages: ['/codes/-18/'] },
	{ query: '18', pages: ['/codes/-18/'] },
	{ query: 'error -18', pages: ['/codes/-18/'] },
	{ query: 'code 18', pages: ['/codes/-18/'] },
	{ query: '\u221218', pages: ['/codes/-18/'] }, // minus sign from a PDF
	{ query: '\u201345', pages: ['/codes/-45/'] }, // en dash from a chat
	{ query: '0', pages: ['/codes/0/'] },
	{ query: '-2', pages: ['/codes/-2/'] },
	{ query: 'Error code: -21', pages: ['/codes/-21/'] },
	{ query: '-58', pages: ['/codes/-58/'] },
	{ query: 'result 40', pages: ['/codes/-40/'] },

	// Whole responses and log lines.
	{
		query: '<result errorcode="-45"><description>Database offline</description></result>',
		pages: ['/codes/-45/'],
	},
	{ query: 'errorcode="-45"', pages: ['/codes/-45/'] },
	{
		query:
			'<?xml version="1.0" encoding="utf-8"?>\n<result errorcode="-17">\n  <description>No server</description>\n</result>',
		pages: ['/codes/-17/'],
	},
	{
		query:
			'HTTP/1.1 200 OK\nContent-Type: text/xml\n\n<result errorcode="-4"><description>Invalid timestamp</description></result>',
		pages: ['/codes/-4/'],
	},
	{
		query: '2026-11-25 10:14:03 WARN getLiveImage camera 12: errorcode=-21',
		pages: ['/codes/-21/'],
	},
	{
		query: '<result errorcode="0"><description>Ok, no error.</description></result>',
		pages: ['/codes/0/'],
	},
	{ query: '<result errorcode="3"/>', pages: [POSITIVE_VALUES] },

	// Messages, verbatim.
	{ query: 'An undefined error occured', pages: ['/codes/-18/'] },
	{ query: 'An undefined error occurred', pages: ['/codes/-18/'] },
	{ query: 'Database offline', pages: ['/codes/-45/'] },
	{ query: 'No device found for the supplied cameraid/deviceid.', pages: ['/codes/-2/'] },
	{ query: 'The device is not a dome device.', pages: ['/codes/-19/'] },
	{ query: 'Clip with given ID does not exist', pages: ['/codes/-40/'] },
	{ query: 'Device has no connection', pages: ['/codes/-53/'] },
	{
		query: 'The System Status plugin is not enabled or the Sense PluginManager is not running',
		pages: ['/codes/-54/'],
	},
	{ query: 'Preset number out of range. Valid numbers are [1..64].', pages: ['/codes/-7/'] },
	{ query: 'Enddate is >5 minutes than startdate.', pages: ['/codes/-38/'] },
	{ query: 'Tag cannot be exported while active', pages: ['/codes/-52/'] },
	{
		query: 'The exported clip filesize is bigger than the maximum retention size',
		pages: ['/codes/-49/'],
	},

	// Names, verbatim, and other vendor wordings.
	{ query: 'General error', pages: ['/codes/-18/'] },
	{ query: 'No osmindex', pages: ['/codes/-57/'] },
	{ query: 'Invalid osmindex', pages: ['/codes/-58/'] },
	{ query: 'Clip is pending or busy', pages: ['/codes/-44/'] },
	{ query: 'Failed after multiple tries to create clip', pages: ['/codes/-47/'] },
	{ query: 'User is not allowed to perform command', pages: ['/codes/-29/'] },
	{ query: 'Invalid Pretime', pages: ['/codes/-31/'] },
	{ query: "Storage location doesn't exist", pages: ['/codes/-50/'] },
	{ query: 'VideoTag does not exist', pages: ['/codes/-30/'] },
	{ query: 'Retrieved image does not correspond to timestamp', pages: ['/codes/-3/'] },

	// Fragments.
	{ query: 'undefined error', pages: ['/codes/-18/'] },
	{ query: 'not a dome', pages: ['/codes/-19/'] },
	{ query: 'retention size', pages: ['/codes/-49/'] },
	{ query: 'license plate recognition', pages: ['/codes/-20/'] },
	{ query: 'face recognition', pages: ['/codes/-8/'] },
	{ query: 'sufficient rights', pages: ['/codes/-29/'] },
	{ query: 'no video data', pages: ['/codes/-48/'] },
	{ query: 'custommessageindex', pages: ['/codes/-57/'] },

	// Paraphrases: the words people use, which are not the vendor's (written from each code's
	// meaning, apart from the pages' "Also searched as" terms).
	// general
	{ query: 'request succeeded', pages: ['/codes/0/'] },
	{ query: 'command unsupported by server', pages: ['/codes/-1/'] },
	{ query: 'feature not available', pages: ['/codes/-1/'] },
	{ query: 'unexpected error check logs', pages: ['/codes/-18/'] },
	{ query: 'generic unknown failure', pages: ['/codes/-18/'] },
	{ query: 'wrong timestamp format', pages: ['/codes/-4/'] },
	{ query: 'date string rejected', pages: ['/codes/-4/'] },
	{ query: 'search found no matches', pages: ['/codes/-9/'] },
	{ query: 'action value too high', pages: ['/codes/-22/'] },
	{ query: 'blank parameter value rejected', pages: ['/codes/-23/'] },
	// devices / images
	{ query: 'camera guid not recognised', pages: ['/codes/-2/'] },
	{ query: 'unknown camera', pages: ['/codes/-2/'] },
	{ query: 'recorded snapshot retrieval failed', pages: ['/codes/-3/'] },
	{ query: 'frame not matching requested time', pages: ['/codes/-3/'] },
	{ query: 'live snapshot failed', pages: ['/codes/-5/'] },
	{ query: 'cannot read recorded frame times', pages: ['/codes/-6/'] },
	{ query: 'preset 65', pages: ['/codes/-7/'] },
	{ query: 'ptz preset 99 rejected', pages: ['/codes/-7/'] },
	{ query: 'facial recognition not set up', pages: ['/codes/-8/'] },
	{ query: 'no picture available', pages: ['/codes/-11/'] },
	{ query: 'cannot move fixed camera', pages: ['/codes/-19/'] },
	{ query: 'camera is not ptz', pages: ['/codes/-19/'] },
	{ query: 'ANPR not enabled', pages: ['/codes/-20/'] },
	{ query: 'number plate reading not configured', pages: ['/codes/-20/'] },
	{ query: 'camera disabled in profile', pages: ['/codes/-21/'] },
	{ query: 'camera offline', pages: ['/codes/-53/'] },
	{ query: 'camera lost network link', pages: ['/codes/-53/'] },
	{ query: 'image width not allowed', pages: ['/codes/-46/'] },
	{ query: 'bad resolution requested', pages: ['/codes/-46/'] },
	{ query: 'no footage for requested time', pages: ['/codes/-48/'] },
	// servers / users / system
	{ query: 'Invalid serverid', pages: ['/codes/-17/', '/codes/-12/'] },
	{ query: 'recorder id does not exist', pages: ['/codes/-17/', '/codes/-12/'] },
	{ query: 'unknown divaid', pages: ['/codes/-12/', '/codes/-28/'] },
	{ query: 'viewer workstation id unknown', pages: ['/codes/-28/'] },
	{ query: 'no rights to run command', pages: ['/codes/-29/'] },
	{ query: 'api account permission denied', pages: ['/codes/-29/'] },
	{ query: 'server not answering', pages: ['/codes/-42/'] },
	{ query: 'database down', pages: ['/codes/-45/'] },
	{ query: 'cannot connect to database', pages: ['/codes/-45/'] },
	{ query: 'system status plugin disabled', pages: ['/codes/-54/'] },
	{ query: 'pluginmanager service stopped', pages: ['/codes/-54/'] },
	// viewers / layouts
	{ query: 'screen not found on viewer', pages: ['/codes/-13/'] },
	{ query: 'layout id unknown', pages: ['/codes/-14/'] },
	{ query: 'video tile not found', pages: ['/codes/-15/'] },
	{ query: 'panel id not in layout', pages: ['/codes/-15/'] },
	{ query: 'multi layout not found', pages: ['/codes/-16/'] },
	{ query: 'osmindex 5', pages: ['/codes/-58/'] },
	{ query: 'on screen message box 9', pages: ['/codes/-58/'] },
	{ query: 'osm index not given', pages: ['/codes/-57/'] },
	// actions / macros
	{ query: 'action rejected as invalid', pages: ['/codes/-24/'] },
	{ query: 'macro not found', pages: ['/codes/-25/'] },
	{ query: 'macro id unknown', pages: ['/codes/-25/'] },
	{ query: 'unknown action name', pages: ['/codes/-26/'] },
	{ query: 'executeaction wrong argument name', pages: ['/codes/-27/'] },
	// video tags
	{ query: 'cannot find videotag', pages: ['/codes/-30/', '/codes/-26/'] },
	{ query: 'video tag id unknown', pages: ['/codes/-30/', '/codes/-26/'] },
	{ query: 'pre time over 24 hours', pages: ['/codes/-31/'] },
	{ query: 'tag still running export', pages: ['/codes/-52/'] },
	{ query: 'stop tag before exporting', pages: ['/codes/-52/'] },
	// clips / exports
	{ query: 'clip id unknown', pages: ['/codes/-40/'] },
	{ query: 'clip still rendering', pages: ['/codes/-44/'] },
	{ query: 'clip queued not ready', pages: ['/codes/-44/'] },
	{ query: 'clip retries exhausted', pages: ['/codes/-47/'] },
	{ query: 'clip generation failed', pages: ['/codes/-51/', '/codes/-47/'] },
	{ query: 'export too big', pages: ['/codes/-49/'] },
	{ query: 'clip larger than retention limit', pages: ['/codes/-49/'] },
	{ query: 'export destination folder invalid', pages: ['/codes/-50/'] },
	{ query: 'requested file missing', pages: ['/codes/-39/'] },
	{ query: 'range longer than five minutes', pages: ['/codes/-38/'] },
	{ query: 'end date before start date', pages: ['/codes/-37/', '/codes/-41/'] },
	{ query: 'start time later than end', pages: ['/codes/-41/', '/codes/-37/'] },
	{ query: 'start date in future', pages: ['/codes/-41/'] },
	// missing / invalid parameters
	{ query: 'too few arguments', pages: ['/codes/-10/'] },
	{ query: 'missing id argument', pages: ['/codes/-32/'] },
	{ query: 'missing server id', pages: ['/codes/-33/'] },
	{ query: 'device id omitted', pages: ['/codes/-34/'] },
	{ query: 'start date not supplied', pages: ['/codes/-35/'] },
	{ query: 'no end time given', pages: ['/codes/-36/'] },
	{ query: 'clip description omitted', pages: ['/codes/-43/'] },

	// Typos: a word that matches nothing is read as the word the site knows it is nearest to.
	{ query: 'databse ofline', pages: ['/codes/-45/'] },
	{ query: 'camra offline', pages: ['/codes/-53/'] },
	{ query: 'severid missing', pages: ['/codes/-33/'] },
	{ query: 'clip not fuond', pages: ['/codes/-40/'] },
	{ query: 'invalid timestmp', pages: ['/codes/-4/'] },
	{ query: 'no osmindx', pages: ['/codes/-57/'] },

	// Requests, pasted with or without the result they got, and as log lines.
	{
		query:
			'http://vms01/command?command=addClip&severid=1&deviceid=2 <result errorcode="-33"><description>No serverId parameter found</description></result>',
		pages: ['/codes/-33/'],
	},
	{
		query:
			'2026-11-26 10:00:03 GET /command?command=getLiveImage&serverid=1&cameraid=2 -> errorcode=-21',
		pages: ['/codes/-21/'],
	},
	{ query: 'getClips returned 3', pages: [POSITIVE_VALUES] },

	// Names that weigh: the vendor's name or message holds the telling words, while another page
	// holds more of the query's words in its prose.
	{ query: 'clip export stuck pending', pages: ['/codes/-44/'] },
	{ query: 'output folder does not exist', pages: ['/codes/-50/'] },
	{ query: 'image resolution not allowed', pages: ['/codes/-46/'] },
	{ query: 'export fails because video tag is active', pages: ['/codes/-52/'] },
	{ query: 'live image error from camera stream', pages: ['/codes/-5/'] },
	{ query: 'macro does not exist when executing', pages: ['/codes/-25/'] },
	{ query: 'time difference too big in addClip', pages: ['/codes/-38/'] },
	{ query: 'description parameter missing in addClip', pages: ['/codes/-43/'] },
	{ query: 'empty value for action parameter', pages: ['/codes/-23/'] },
	{ query: 'invalid pretime on startVideoTag', pages: ['/codes/-31/'] },

	// The support vocabulary (data/vocabulary.json): words people use for what the vendor names
	// otherwise, found through the vendor's words they stand for.
	{ query: 'not supported by the server', pages: ['/codes/-1/'] },
	{ query: 'SQL connection lost', pages: ['/codes/-45/'] },
	{ query: 'access denied when running the command', pages: ['/codes/-29/'] },
	{ query: 'authorization failed for api user', pages: ['/codes/-29/'] },
	{ query: 'video wall layout unknown', pages: ['/codes/-16/', '/codes/-14/'] },
	{ query: 'recorder offline', pages: ['/codes/-42/'] },
	{ query: 'NVR unreachable', pages: ['/codes/-42/'] },
	{ query: 'clip export busy', pages: ['/codes/-44/'] },
	{ query: 'VMS database connection refused', pages: ['/codes/-45/'] },

	// Dutch, as Dutch support engineers type it: the English page that answers.
	{ query: 'camera niet bereikbaar', pages: ['/codes/-53/'] },
	{ query: 'verbinding verbroken', pages: ['/codes/-53/'] },
	{ query: 'geen beeld', pages: ['/codes/-11/', '/codes/-5/'] },
	{ query: 'geen opname', pages: ['/codes/-48/'] },
	{ query: 'ongeldige tijd', pages: ['/codes/-4/'] },
	{ query: 'geen rechten', pages: ['/codes/-29/'] },
	{ query: 'clip niet gevonden', pages: ['/codes/-40/'] },
	{ query: 'server niet bereikbaar', pages: ['/codes/-42/'] },
	{ query: 'bestand niet gevonden', pages: ['/codes/-39/'] },
	{ query: 'onbekende camera', pages: ['/codes/-2/'] },
	{ query: 'opslaglocatie bestaat niet', pages: ['/codes/-50/'] },
	{ query: 'camera uitgeschakeld in profiel', pages: ['/codes/-21/'] },
	{ query: 'tijdsverschil te groot', pages: ['/codes/-38/'] },

	// Ticket wordings: how customers and first-line support describe what they saw.
	{ query: 'Ticket 4411: customer gets General error when exporting', pages: ['/codes/-18/'] },
	{ query: 'live view black, API says device not active', pages: ['/codes/-21/'] },
	{ query: 'integration stopped working after camera was replaced', pages: ['/codes/-2/'] },
	{ query: 'clip request rejected, window too long', pages: ['/codes/-38/'] },
];

/** Codes that are not documented: each is said to be so, and lands on no page. */
export const undocumented: string[] = ['-56', '-999', 'code 55', 'errorcode="-60"'];
