"""Reads the built program's --help texts: the one source of the man pages
and the shell completions (scripts/help/make-man, make-completion), so that
neither can drift from what `entente CMD --help` says."""
import re
import subprocess

# An option line: two to six spaces, then "-x, --long ARG", "--long[=ARG]"
# or "-x ARG" (ARG one word), then two spaces or more before its
# description (or nothing).
OPTION_LINE = re.compile(
    r"^ {2,6}(?P<spec>--?[A-Za-z0-9][\w-]*(?:, --[\w-]+)?"
    r"(?:[ =\[][^ ]+)?)(?: {2,}(?P<text>.*))?$")
OPTION_NAME = re.compile(r"--?[A-Za-z0-9][\w-]*")


def run_help(entente, *args):
    """The text `entente ARGS --help` prints (its exit status must be 0)."""
    return subprocess.run([entente, *args, "--help"], check=True,
                          capture_output=True, text=True).stdout


def commands(entente):
    """[(name, summary)] from the "Commands:" section of `entente --help`."""
    found, inside = [], False
    for line in run_help(entente).splitlines():
        if line == "Commands:":
            inside = True
        elif inside and not line.strip():
            break
        elif inside:
            name, summary = line.split(None, 1)
            found.append((name, summary.strip()))
    return found


def version(entente):
    out = subprocess.run([entente, "--version"], check=True,
                         capture_output=True, text=True).stdout
    return out.split()[1]


class Option:
    """One option of a help text: its names, its argument, its text."""

    def __init__(self, spec, text):
        self.spec = spec.rstrip()
        names = []
        rest = spec
        while True:
            match = OPTION_NAME.match(rest)
            if not match:
                break
            names.append(match.group(0))
            rest = rest[match.end():]
            if rest.startswith(", -"):
                rest = rest[2:]
            else:
                break
        self.names = names
        self.optional = rest.startswith("[=")
        self.argument = rest[2:-1] if self.optional else rest.lstrip(" =")
        self.text = text or ""


def parse_lines(text):
    """Yields (kind, line, option) for each line of a help text: kind is
    "usage", "heading", "option", "continued" (more of an option's text),
    "verbatim" (an indented line: examples, lists), "text" or "blank"."""
    previous, in_example = "blank", False
    lines = text.splitlines()
    for number, line in enumerate(lines):
        before = lines[number - 1] if number else ""
        if not line.strip():
            kind = "blank"
        elif number == 0 or (previous == "usage" and line.startswith(" ")):
            kind = "usage"
        elif not line.startswith(" "):
            in_example = line.startswith("Example")
            heading = line.endswith(":") and len(line) < 60 and \
                previous in ("blank", "usage")
            kind = "heading" if heading else "text"
        elif in_example or before.rstrip().endswith("\\"):
            kind = "verbatim"
        elif OPTION_LINE.match(line):
            kind = "option"
        elif previous in ("option", "continued") and \
                line.startswith(" " * 8):
            kind = "continued"
        else:
            kind = "verbatim"
        option = None
        if kind == "option":
            match = OPTION_LINE.match(line)
            option = Option(match.group("spec"), match.group("text"))
        yield kind, line, option
        previous = kind


def options(text):
    """The options a help text lists, in order, each once (by first name)."""
    seen, found = set(), []
    for kind, _, option in parse_lines(text):
        if kind == "option" and option.names[-1] not in seen:
            seen.add(option.names[-1])
            found.append(option)
    return found


MENTIONED = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]+")


OTHER_COMMAND = re.compile(r"[`']entente [^`']*[`']?")


def mentioned(text):
    """Every long option the text names, in its option lines or its prose
    (e.g. "--every year --from Y --to Y"), sorted; not those of a quoted
    command line ('entente validate --strict'), which may be another's."""
    return sorted(set(MENTIONED.findall(OTHER_COMMAND.sub("", text))))
