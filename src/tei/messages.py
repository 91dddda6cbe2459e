"""Messages are data with a level, a place and a text, not prints (as in docutils)."""

from __future__ import annotations

from dataclasses import dataclass, field

INFO, WARNING, ERROR = "info", "warning", "error"


@dataclass(frozen=True, order=True)
class Message:
    file: str
    line: int
    level: str
    text: str
    code: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        code = f" [{self.code}]" if self.code else ""
        return f"{where}: {self.level}: {self.text}{code}"


def in_print_order(messages) -> list[Message]:
    """The messages once each, by file and line, a build's own (code 'build') last: they sum up
    the others ("the 'convert' stage had errors (above)")."""
    return sorted(set(messages), key=lambda m: (m.code == "build", m.file, m.line, m.text))


class SourceError(Exception):
    """A user's input cannot be processed; the message says what to do."""

    def __init__(self, file: str, text: str, line: int = 0, code: str = ""):
        super().__init__(text)
        self.message = Message(str(file), line, ERROR, text, code)


@dataclass
class Report:
    """Collects the messages of one run; the CLI decides how to print them."""

    messages: list[Message] = field(default_factory=list)

    def add(self, file, line, level, text, code=""):
        self.messages.append(Message(str(file), int(line or 0), level, text, code))

    def warn(self, file, line, text, code=""):
        self.add(file, line, WARNING, text, code)

    def error(self, file, line, text, code=""):
        self.add(file, line, ERROR, text, code)

    def count(self, level: str, file: str | None = None) -> int:
        return sum(1 for m in self.messages if m.level == level and (file is None or m.file == str(file)))
