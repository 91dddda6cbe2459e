"""A problem found in a document: data with a place, a severity and a rule id, not a print."""

from __future__ import annotations

from dataclasses import asdict, dataclass

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int          # 1-based; 0 when the problem concerns the whole file
    col: int           # 1-based; 0 when the checker does not say
    severity: str      # "error" or "warning"
    message: str
    rule: str          # the rule id: a Schematron assert/@id, "xsd", "xml-syntax", "file-name" ...

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.severity}: {self.message} [{self.rule}]"

    def as_dict(self) -> dict:
        return asdict(self)

    def promoted(self) -> "Problem":
        """The same problem as an error (--strict: warnings fail the run)."""
        if self.severity == ERROR:
            return self
        return Problem(self.file, self.line, self.col, ERROR, self.message, self.rule)
