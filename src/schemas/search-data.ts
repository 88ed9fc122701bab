/**
 * What search needs besides an engine's index, /search-data.json: every documented code with its
 * vendor strings, its meaning and our triage; every command with the parameters its page documents
 * and the codes it lists; the general rules that tie codes to every command; the site's vocabulary,
 * to read a mistyped word as the nearest word the site knows; the support vocabulary, to read what
 * people say as the vendor's words; and the UI strings an answer and a ticket are written in. The
 * site fetches it when someone shows an intent to search (or to copy for a ticket), so that each
 * keystroke is answered without a network request and no page carries it in its HTML; the offline
 * edition carries the same data inline, so that it answers as the site does.
 */
import type { Command } from './command';
import type { GeneralRule } from './general-rule';
import type { RetryHelps, TriageActor } from './triage';

/** A documented code as search and tickets know it: the vendor's words, our meaning and triage. */
export interface CodeFacts {
	code: number;
	/** The vendor's name and message, verbatim; the message is '' where the vendor gives none. */
	name: string;
	message: string;
	/** Other wordings of the name or message on vendor pages, verbatim. */
	wordings: string[];
	/** True where vendor pages disagree about what the number means (-26, -30). */
	disputed?: true;
	/** Our one-sentence meaning, as plain text. */
	summary: string;
	/** Our triage reading. */
	actsFirst: TriageActor;
	retry: RetryHelps;
}

/**
 * A parameter a command's page documents: its names in lower case (`cameraid / deviceid` has two,
 * and so has a parameter the vendor's pages spell two ways), the first as the table writes it.
 */
interface KnownParameter {
	names: string[];
	/** Typed `[timestamp]`. */
	timestamp: boolean;
	/** Marked optional on the command's page, or given a default there. */
	optional: boolean;
}

/** A documented command as search knows it. */
export interface KnownCommand {
	name: string;
	parameters: KnownParameter[];
	/** Parameter names its request line writes besides those of its table, in lower case. */
	lineNames: string[];
	/** True where its page documents parameters of other names (`executeAction`'s per action). */
	acceptsOthers: boolean;
	/** True where the copy of its page we have ends before its request line. */
	requestCutOff?: true;
	/** The action it runs through `executeAction`, as its page writes it (`server.tagVideoStart`). */
	action?: string;
	/** The name an earlier version of its page gives it, in lower case (`custommessage`). */
	earlierName?: string;
	/** The codes its vendor page lists, and those likely by meaning. */
	listed: number[];
	likely: number[];
	/** How much of that list the copy of its page we have holds. */
	table: Command['codes']['table'];
}

/** A general rule (data/general-rules.json), as the diagnosis of a pasted request says it. */
export interface KnownRule {
	codes: number[];
	/** Which requests it covers. */
	scope: GeneralRule['scope'];
	/** Our sentence, with backticks for code. */
	statement: string;
	/** The vendor's sentence it rests on, verbatim, and the page that says it. */
	vendor: { says: string; page: string };
}

/**
 * The support vocabulary (data/vocabulary.json) as search carries it, made at build time
 * (src/search/core/vocabulary.ts, `compileVocabulary`): one entry per group.
 */
export interface SearchVocabulary {
	groups: {
		/** The vendor's words the group stands for, as the vendor writes them. */
		vendor: string[];
		/** The English phrases that stand for them, as written. */
		en: string[];
		/** The Dutch phrases, each as its words' Snowball stems joined by spaces: all search needs of them. */
		nl: string[];
	}[];
}

export interface SearchData {
	codes: CodeFacts[];
	commands: KnownCommand[];
	rules: KnownRule[];
	/** Words of the site's vendor strings, search terms, commands and parameters, in lower case: what a mistyped word is read as. */
	vocabulary: string[];
	/**
	 * Every word of the site's text, in lower case and in order, but those that another of them starts
	 * with: a query word none of them starts with matches nothing.
	 */
	knownWords: string[];
	/** What people say for the vendor's words, English and Dutch. */
	supportVocabulary: SearchVocabulary;
	/** UI string templates, by key. */
	words: Record<string, string>;
	/** Where problems are reported (ISSUE_TRACKER_URL), if anywhere. */
	tracker?: string;
}

/** The data as JSON. `<` is escaped, so that the text is also safe inside an HTML script element. */
export function serializeSearchData(data: SearchData): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

export function parseSearchData(json: string): SearchData {
	return JSON.parse(json) as SearchData;
}
