/** /sdk/ResultCodes.cs: the codes as an enum, and ResultCodes.Describe(). C# 5, so that every compiler takes it. */
import { escapeMarkup } from '../../utils/html';
import { commentText, stringLiteral as s, type ConstantsSource } from './source';

/** Text for a one-line XML documentation comment. */
const docText = (text: string) => escapeMarkup(commentText(text));

export function csharpConstants({
	codes,
	codesUrl,
	positiveValuesUrl,
	generatedFrom,
}: ConstantsSource): string {
	const members = codes.map(
		(entry) =>
			`        /// <summary>${docText(`${entry.code} ${entry.name}${entry.message ? `: ${entry.message}` : ''}`)}</summary>\n        ${entry.identifier} = ${entry.code},`,
	);
	const described = codes.map(
		(entry) =>
			`            { ${entry.code}, new ResultCodeDescription(${entry.code}, "documented", ${s(entry.name)}, ${s(entry.message)}, ${s(entry.url)}, ${s(entry.actsFirst)}, ${s(entry.retry)}) },`,
	);
	return `// VDG Sense result codes: the documented codes of the VDG Sense HTTP/XML API (TKH Security).
// ${commentText(generatedFrom)}
// Do not edit: download it again instead.

using System.Collections.Generic;

namespace VdgSense
{
    /// <summary>Every documented result code, by the vendor's name.</summary>
    public enum ResultCode
    {
${members.join('\n')}
    }

    /// <summary>What a number in &lt;result errorcode="..."&gt; is.</summary>
    public sealed class ResultCodeDescription
    {
        public ResultCodeDescription(int code, string status, string name, string message, string url, string actsFirst, string retry)
        {
            Code = code;
            Status = status;
            Name = name;
            Message = message;
            Url = url;
            ActsFirst = actsFirst;
            Retry = retry;
        }

        public int Code { get; private set; }
        /// <summary>"documented" (a code this site documents: in the vendor's table, or shown by a command page), "undocumented" (any other negative number) or "command-specific" (a positive value, success).</summary>
        public string Status { get; private set; }
        /// <summary>The vendor's name; empty where the code is not documented.</summary>
        public string Name { get; private set; }
        /// <summary>The vendor's message; empty where the vendor gives none or the code is not documented.</summary>
        public string Message { get; private set; }
        /// <summary>The code's page (for an undocumented code, what is known of it and what to do next), or what positive values mean.</summary>
        public string Url { get; private set; }
        /// <summary>Our reading of who acts first; null where not documented.</summary>
        public string ActsFirst { get; private set; }
        /// <summary>Our reading of whether the same request sent again can help; null where not documented.</summary>
        public string Retry { get; private set; }
    }

    public static class ResultCodes
    {
        static readonly Dictionary<int, ResultCodeDescription> Documented = new Dictionary<int, ResultCodeDescription>
        {
${described.join('\n')}
        };

        /// <summary>Describes a result code: the documented entry, or what is known of any other number.</summary>
        public static ResultCodeDescription Describe(int code)
        {
            ResultCodeDescription entry;
            if (Documented.TryGetValue(code, out entry)) return entry;
            if (code > 0) return new ResultCodeDescription(code, "command-specific", "", "", ${s(positiveValuesUrl)}, null, null);
            return new ResultCodeDescription(code, "undocumented", "", "", ${s(codesUrl)} + code + "/", null, null);
        }

        /// <summary>
        /// A result as a line for a log, the same in every language of these constants: the code, the
        /// vendor's name and message, and where the code is explained.
        /// "VDG Sense -18 General error: An undefined error occured | Help: https://.../codes/-18/"
        /// </summary>
        public static string Format(int code)
        {
            var info = Describe(code);
            var what = info.Status == "documented"
                ? " " + info.Name + (info.Message.Length > 0 ? ": " + info.Message : "")
                : " (" + info.Status + ")";
            return "VDG Sense " + code + what + " | Help: " + info.Url;
        }
    }
}
`;
}
