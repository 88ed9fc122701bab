/** /sdk/result_codes.py: the codes as an IntEnum, and describe_result_code(). */
import { commentText, stringLiteral as s, type ConstantsSource } from './source';

export function pythonConstants({
	codes,
	codesUrl,
	positiveValuesUrl,
	generatedFrom,
}: ConstantsSource): string {
	const members = codes.map((entry) => `    ${entry.identifier} = ${entry.code}`);
	const described = codes.map(
		(entry) =>
			`    ${entry.code}: ResultCodeDescription(${entry.code}, "documented", ${s(entry.name)}, ${s(entry.message)}, ${s(entry.url)}, ${s(entry.actsFirst)}, ${s(entry.retry)}),`,
	);
	return `"""VDG Sense result codes: the documented codes of the VDG Sense HTTP/XML API (TKH Security).

${commentText(generatedFrom)}
Do not edit: download it again instead.
"""

from enum import IntEnum
from typing import NamedTuple, Optional


class ResultCode(IntEnum):
    """Every documented result code, by the vendor's name."""

${members.join('\n')}


class ResultCodeDescription(NamedTuple):
    """What a number in <result errorcode="..."> is.

    status is "documented" (a code this site documents: in the vendor's table, or shown by a
    command page), "undocumented" (any other negative number) or "command-specific" (a positive
    value, success). name and message are the vendor's, empty where the code is not documented;
    url is the code's page (for an undocumented one, what is known of it and what to do next), or
    what positive values mean; acts_first and retry are our triage reading, None where not
    documented.
    """

    code: int
    status: str
    name: str
    message: str
    url: str
    acts_first: Optional[str]
    retry: Optional[str]


_DOCUMENTED = {
${described.join('\n')}
}


def describe_result_code(code: int) -> ResultCodeDescription:
    """Describes a result code: the documented entry, or what is known of any other number."""
    entry = _DOCUMENTED.get(int(code))
    if entry is not None:
        return entry
    if code > 0:
        return ResultCodeDescription(int(code), "command-specific", "", "", ${s(positiveValuesUrl)}, None, None)
    return ResultCodeDescription(int(code), "undocumented", "", "", ${s(codesUrl)} + str(int(code)) + "/", None, None)


def format_result_code(code: int) -> str:
    """A result as a line for a log, the same in every language of these constants: the code,
    the vendor's name and message, and where the code is explained.
    "VDG Sense -18 General error: An undefined error occured | Help: https://.../codes/-18/"
    """
    info = describe_result_code(code)
    if info.status == "documented":
        what = " " + info.name + (": " + info.message if info.message else "")
    else:
        what = " (" + info.status + ")"
    return "VDG Sense " + str(int(code)) + what + " | Help: " + info.url
`;
}
