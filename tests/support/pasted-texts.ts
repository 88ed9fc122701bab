/**
 * Pasted texts and what search must say of them: requests, responses and log lines, in several
 * orders and encodings. Each expected statement is traced, in a comment, to the vendor's sentence
 * (from the vendor's pages, as /work/shared/reference/vdg-sense-api.md records them) or to the fact
 * of the paste that makes it true. Written from the vendor's pages, not from the code's output.
 *
 * Patterns are matched against the answer's notices as plain text (a screen reader's words, without
 * backticks). The unit test runs them through the search pipeline (tests/unit/pasted-texts.test.ts),
 * and the offline edition's end-to-end test pastes them into the file (tests/e2e/offline.spec.ts).
 */

export interface PastedCase {
	/** What the user pastes or types. */
	pasted: string;
	/** Statements the answer's notices must make. */
	says?: RegExp[];
	/** Statements they must not make. */
	saysNot?: RegExp[];
	/** The codes the answer reads from the paste, in order: none where the array is empty. */
	codes?: number[];
	/** The addresses of the first options, in order. */
	first?: string[];
	/** Addresses that must not be among the first four options. */
	notFirst?: string[];
	/** What the ticket of the answer's first ticket target holds (plain text). */
	ticket?: RegExp[];
	ticketNot?: RegExp[];
}

export const pastedCases: PastedCase[] = [
	// --- The vendor's general rules come before a command's list ---------------------------------
	{
		// Results page: "-18 = General error for unhandled errors (check the server logs)." The
		// addClip page reaches us without its error table ("error table missing from the available
		// copy (page too long)"), so nothing may be said of what its list holds.
		pasted:
			'http://vms01/command?command=addClip&serverid=1&deviceid=2&description=Gate&startdate=2026-11-26%2010:00:00&enddate=2026-11-26%2010:05:00\n<result errorcode="-18"><description>General error</description></result>',
		codes: [-18],
		says: [
			/vendor says -18 answers any error the server does not handle/,
			/copy of the vendor’s addClip page we have ends before its list of codes/,
		],
		saysNot: [/Nothing connects/i, /does not list -18/, /only our reading/],
		// Text the ticket carries: every notice, and "Include for" (not the vendor's "will ask for").
		ticket: [
			/vendor says -18 answers any error the server does not handle/,
			/Include for the vendor’s support/,
		],
		ticketNot: [/will ask for/],
	},
	{
		// getClips lists "0, -17, -18".
		pasted: 'command=getClips&serverID=1 <result errorcode="-18"/>',
		codes: [-18],
		says: [/vendor’s getClips page lists -18/],
		saysNot: [/Nothing connects/i],
	},
	{
		// Timestamps: "A bad format returns -4." streamVideo takes `time [timestamp]` and lists only
		// "0, -2, -21". The time is day-first ("yyyy-mm-dd hh:nn:ss" is the vendor's form) and its
		// space is raw: both faults are named.
		pasted:
			'http://vms01/command?command=streamVideo&deviceid=2&serverid=1&time=26-11-2026 10:00 <result errorcode="-4"/>',
		codes: [-4],
		says: [
			/vendor says a time in a bad format gets -4/,
			/time is not a time in the form the vendor’s pages show/,
			/time sends a space unencoded/,
		],
		saysNot: [/only our reading/, /Nothing connects/i],
	},
	{
		// The -4 rule is about a time: getClips takes none (`serverID` only) and lists "0, -17, -18".
		pasted: 'command=getClips&serverid=1 errorcode="-4"',
		codes: [-4],
		says: [/vendor’s getClips page does not list -4/],
		saysNot: [/vendor says a time in a bad format/],
	},
	{
		// -45's message on the Result Codes table: "The database cannot be reached". It names the
		// server's database, no command: from any request, probably; the vendor does not say so.
		pasted:
			'http://vms01/command?command=getLiveImage&serverid=1&cameraid=2 <result errorcode="-45"/>',
		codes: [-45],
		says: [/The database cannot be reached/, /any request can probably get it/],
		saysNot: [/Nothing connects/i, /vendor says -45/],
	},
	{
		// -1's message: "Function not implemented." getServerList was "removed in 2.1.1".
		pasted: 'command=getServerList <result errorcode="-1"/>',
		codes: [-1],
		says: [/Function not implemented\./],
		saysNot: [/Nothing connects/i],
	},
	{
		// -29's message: "The (api) user logged in to the server does not have sufficient rights to
		// perform the command." selectLayout lists "0, -18".
		pasted: 'command=selectLayout&divaid=3&monitorindex=0&layoutid=4 errorcode="-29"',
		codes: [-29],
		says: [/does not have sufficient rights to perform the command/],
		saysNot: [/Nothing connects/i],
	},
	{
		// -42's name: "No response from server" (the table gives no message).
		pasted: 'command=getDeviceList <result errorcode="-42"/>',
		codes: [-42],
		says: [/No response from server/],
		saysNot: [/Nothing connects/i],
	},

	// --- A number inside a request is a parameter's value ------------------------------------------
	{
		// selectLayout: "divaid [UID] (omitted or -1 = all viewers)"; its page lists "0, -18". Pasted
		// without a result: the command's page first, then the codes its page lists.
		pasted: 'http://vms01/command?command=selectLayout&divaid=-1&monitorindex=0&layoutid=5',
		codes: [],
		first: ['/commands/selectlayout/', '/codes/0/', '/codes/-18/'],
		saysNot: [/-1\b/],
	},
	{
		// Result Lists: "negative limit = last records"; getImageSequence: "limit [number] (negative
		// allowed since 1.10.2)"; its page lists "0, -2, -4".
		pasted:
			'command=getImageSequence&serverid=1&cameraid=2&starttime=2026-11-26%2010:00:00&endtime=2026-11-26%2011:00:00&limit=-100 <result errorcode="-2"/>',
		codes: [-2],
		says: [/vendor’s getImageSequence page lists -2/],
		saysNot: [/-100/],
	},
	{
		// setRelativePosition: "pan/tilt/zoom/focus/iris [-1000..1000]"; it lists "-2, -18, -19, -21".
		pasted:
			'command=setRelativePosition&serverid=1&deviceid=2&pan=-500&tilt=0&zoom=0 → errorcode=-19',
		codes: [-19],
		says: [/vendor’s setRelativePosition page lists -19/],
	},
	{
		// A log line: the code is the log's (rc=), the -1 is divaid's value.
		pasted:
			'2026-11-25 10:14:03 WARN GET /command?command=selectLayout&divaid=-1&monitorindex=0&layoutid=3 rc=-18',
		codes: [-18],
		says: [/vendor’s selectLayout page lists -18/],
	},
	{
		// A number standing alone after the request is a code; fillLayout lists only "0".
		pasted: 'command=fillLayout&layoutid=1&cameraviews=1,2&divaid=-1 -14',
		codes: [-14],
		says: [/vendor’s fillLayout page does not list -14/, /By our reading, -14 fits/],
	},
	{
		// The result first, the request after it.
		pasted:
			'<result errorcode="-21"/> from http://vms01/command?command=getLiveImage&serverid=1&cameraid=2',
		codes: [-21],
		says: [/vendor’s getLiveImage page lists -21/],
	},

	// --- The whole query string ---------------------------------------------------------------------
	{
		// Parameters before `command=` are sent as much as those after it. getLiveImage:
		// "imagewidth [number>0] (optional); imageheight [number>0] (optional); fittopanel [boolean] (optional)".
		pasted: 'http://vms01:8080/command?serverid=1&cameraid=5&command=getLiveImage',
		codes: [],
		first: ['/commands/getliveimage/'],
		says: [/optional.*imagewidth/i],
		saysNot: [/does not send: .*serverid/, /does not send: .*cameraid/, /Documented parameters/],
	},
	{
		// genericEvent: "value [string] (URL-encode it; '&' is not allowed)"; it lists "0, -1, -2,
		// -17, -53". A raw space inside the value does not end the request.
		pasted:
			'http://vms01/command?command=genericEvent&value=Gate 3 incident&serverid=1&deviceid=2\n<result errorcode="-53"/>',
		codes: [-53],
		says: [/vendor’s genericEvent page lists -53/, /value sends a space unencoded/],
		saysNot: [/does not send/],
		ticket: [
			/http:\/\/vms01\/command\?command=genericEvent&value=Gate 3 incident&serverid=1&deviceid=2/,
		],
	},
	{
		// addClip: "description [string] (user defined description)", then startdate and enddate.
		pasted:
			'command=addClip&serverid=1&deviceid=2&description=Gate 3 incident&startdate=2026-11-26%2010:00:00&enddate=2026-11-26%2010:30:00 <result errorcode="-38"/>',
		codes: [-38],
		says: [
			/copy of the vendor’s addClip page we have ends before its list of codes/,
			/By our reading, -38 fits/,
		],
		saysNot: [/does not send: .*date/, /does not list -38/],
	},
	{
		// A placeholder with spaces, as in our own corrected examples; getLiveImage lists -21.
		pasted:
			'command=getLiveImage&serverid=[UID]&cameraid=[UID of an inactive camera]\n<result errorcode="-21"/>',
		codes: [-21],
		says: [/vendor’s getLiveImage page lists -21/],
		saysNot: [/is not a parameter/, /Documented parameters/, /unencoded/],
	},
	{
		// A request copied from HTML, its `&` escaped as `&amp;`.
		pasted: 'GET /command?command=getLiveImage&amp;serverid=1&amp;cameraid=2 errorcode=-2',
		codes: [-2],
		says: [/vendor’s getLiveImage page lists -2/],
		saysNot: [/amp/, /Documented parameters/],
	},

	// --- Times: every fault named -------------------------------------------------------------------
	{
		// getHistoricalImage: "time [timestamp] (UTC, format yyyy-mm-dd hh:nn:ss.zzz)"; it lists -4.
		// `+01:00` is a zone offset, which the vendor's form has none of; the `T` is not its separator.
		pasted:
			'command=getHistoricalImage&serverid=1&cameraid=2&time=2026-11-26T10:00:00+01:00 <result errorcode="-4"/>',
		codes: [-4],
		says: [/vendor’s getHistoricalImage page lists -4/, /zone offset/, /not a time in the form/],
		saysNot: [/space as \+/],
	},
	{
		pasted:
			'command=getHistoricalImage&serverid=1&cameraid=2&time=2026-11-26%2010:00:00.000%2B01:00',
		says: [/time has a zone offset \(\+01:00\)/],
		saysNot: [/space/],
	},
	{
		// A `+` for the space: the vendor's pages have no example that says how; ours write %20.
		pasted: 'command=getHistoricalImage&serverid=1&cameraid=2&time=2026-11-26+10:00:00.000',
		says: [/time sends its space as \+/],
		saysNot: [/vendor’s examples/, /zone/],
	},
	{
		pasted: 'command=getHistoricalImage&serverid=1&cameraid=2&time=26-11-2026 10:00',
		says: [
			/time is not a time in the form the vendor’s pages show/,
			/time sends a space unencoded/,
		],
	},
	{
		pasted: 'command=getHistoricalImage&serverid=1&cameraid=2&time=2026-11-26%2010:00:00.000',
		saysNot: [/not a time in the form/, /unencoded/, /zone/, /Documented parameters/],
	},

	// --- Actions go through executeAction -----------------------------------------------------------
	{
		// startVideoTag: "command=executeAction&actionname=server.tagVideoStart&…", its page lists
		// "0"; executeAction's page lists "0, -2, -17, -18, -19, -22".
		pasted:
			'command=executeAction&actionname=server.tagVideoStart&serverid=9&deviceid=2 <result errorcode="-17"/>',
		codes: [-17],
		says: [/server\.tagVideoStart/, /vendor’s executeAction page lists -17/],
		saysNot: [/Nothing connects/i, /is not a parameter/],
	},
	{
		// startVideoTag: "pretime [seconds] (max 24 h)"; executeAction lists -22 ("Value is out of ra...").
		pasted:
			'command=executeAction&actionname=server.tagVideoStart&pretime=100000 <result errorcode="-22"/>',
		codes: [-22],
		says: [/vendor’s executeAction page lists -22/],
	},
	{
		// No vendor page documents `command=startVideoTag`: its page's request is
		// "command=executeAction&actionname=server.tagVideoStart&…".
		pasted: 'command=startVideoTag&serverid=1&deviceid=2 <result errorcode="-1"/>',
		codes: [-1],
		says: [
			/startVideoTag is not a request the vendor documents/,
			/command=executeAction&actionname=server\.tagVideoStart/,
			/likeliest reason for -1/,
		],
	},
	{
		// osm: "Earlier version: command=custommessage&custommessageindex=…, with -57 No
		// custommessageindex and -58 Invalid custommessageindex." osm lists -58.
		pasted:
			'command=custommessage&custommessageindex=5&value=Hi&serverid=1&deviceid=2 <result errorcode="-58"/>',
		codes: [-58],
		says: [/custommessage is the earlier name of osm/, /vendor’s osm page lists -58/],
		saysNot: [
			/not a command this reference documents/,
			/custommessageindex is not a parameter/,
			/osmindex/,
		],
	},

	// --- Optional parameters, and names spelled two ways --------------------------------------------
	{
		// getServerOptions: "serverid [UID] (optional; management server if omitted)"; lists "0, -18".
		pasted: 'command=getServerOptions <result errorcode="-18"/>',
		codes: [-18],
		says: [/optional.*serverid/i],
		saysNot: [/Documented parameters it does not send/],
	},
	{
		// exportEvents: "cameraid [UID] (table says cameraid, request line says deviceid)".
		pasted:
			'command=exportEvents&serverid=1&deviceid=2&types=Alarm&starttime=2026-11-26%2010:00:00&endtime=2026-11-26%2011:00:00&limit=10',
		first: ['/commands/exportevents/'],
		saysNot: [/cameraid/, /deviceid is not a parameter/, /Documented parameters/],
	},
	{
		// getHistoricalImage: "cameraid / deviceid [UID]".
		pasted:
			'command=getHistoricalImage&serverid=1&deviceid=2&time=2026-11-26%2010:00:00.000 <result errorcode="-2"/>',
		codes: [-2],
		saysNot: [/cameraid/, /Documented parameters/],
	},

	// --- A request leads -----------------------------------------------------------------------------
	{
		// getClips: "command=getClips&serverID=[UID]", listing "0, -17, -18". No parameter of a time:
		// -4, -35 and -36 are advice for parameters it does not take.
		pasted: 'http://vms:8080/command?command=getClips&serverid=1&starttime=2026-11-26 10:00:00',
		codes: [],
		first: ['/commands/getclips/', '/codes/0/', '/codes/-17/', '/codes/-18/'],
		notFirst: ['/codes/-4/', '/codes/-35/', '/codes/-36/'],
		says: [/starttime is not a parameter that getClips documents/],
		ticket: [
			/The request calls getClips/,
			/command=getClips&serverid=1&starttime=2026-11-26 10:00:00/,
		],
	},
	{
		// An undocumented code: its answer can go into a ticket too.
		pasted: 'command=getClips&serverid=1 <result errorcode="-99"/>',
		codes: [-99],
		says: [/No documented result code -99/],
		ticket: [/-99/, /not documented/i, /<result errorcode="-99"\/>/],
	},

	// --- Say only what our copy supports -----------------------------------------------------------
	{
		// getLicensePlate: "command=getLicensePlate&… (request line not reached)"; "timeout [ms]
		// (optional search window)"; the page lists "not reached".
		pasted: 'command=getLicensePlate&deviceid=2&timeout=5000 <result errorcode="-20"/>',
		codes: [-20],
		says: [/copy of the vendor’s getLicensePlate page we have ends before its list of codes/],
		saysNot: [/deviceid is not a parameter/, /does not list -20/],
	},
	{
		// executeAction's list is "truncated after -22 in the available copy".
		pasted: 'command=executeAction&actionname=server.foo&x=1 <result errorcode="-24"/>',
		codes: [-24],
		says: [/copy of the vendor’s executeAction page we have ends partway through its list/],
		saysNot: [/vendor’s executeAction page does not list -24/],
	},
	{
		// -26: "getVideoTagList (TP-71) and updateVideoTag (TP-75) both list '-26 Videotag does not
		// exist'", where the Result Codes order gives -26 'Action name does not exist'.
		pasted: 'command=updatevideotag&id=5&title=x <result errorcode="-26"/>',
		codes: [-26],
		says: [/vendor’s updateVideoTag page lists -26/, /Vendor pages disagree about what -26 means/],
		ticket: [/disagree/],
	},
	{
		// Base URLs: /info "(API 2.6.1+ …); older versions return 404". No status is documented.
		pasted: 'GET http://vms01/info HTTP/1.1 404 Not Found',
		codes: [],
		says: [/where the answer holds a <result>, its errorcode is the code/],
		saysNot: [/whatever the status/],
	},
];
