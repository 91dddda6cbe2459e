"""A small shared XSLT 3.0 runner over saxonche.

Every stylesheet is compiled once per process (cached by absolute path); parameters are
passed as typed XDM values (strings by default); xsl:message output is captured, never
written to stderr unseen; Saxon's errors come back as :class:`XsltError` with the text a
user can read.

    from tei.xslt import stylesheet, XsltError

    html = stylesheet("xslt/tei-to-html.xsl").transform(source="out/tei/x.xml",
                                                         params={"site-root": "../"})
    stylesheet("xslt/tei-to-print.xsl").transform(source=src, output=out_file)

A compiled executable is not thread-safe: use one process per worker (the usual case), or
:meth:`Stylesheet.clone` per thread.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from os import PathLike
from pathlib import Path
from typing import Any, Mapping

from saxonche import PySaxonApiError, PySaxonProcessor, PyXdmItem, PyXdmNode, PyXdmValue

__all__ = ["XsltError", "Stylesheet", "stylesheet", "transform", "processor", "parse"]

_PROCESSOR: PySaxonProcessor | None = None
_CACHE: dict[str, "Stylesheet"] = {}
_LOCK = threading.Lock()


class XsltError(Exception):
    """A stylesheet failed to compile or to run.  ``str(exc)`` is the message for the user;
    ``messages`` holds the xsl:message lines emitted before the failure."""

    def __init__(self, message: str, stylesheet: str = "", source: str = "", messages: list[str] | None = None,
                 details: str = ""):
        self.message = message
        self.details = details  # Saxon's own listing of the error (where, in which template)
        self.stylesheet = stylesheet
        self.source = source
        self.messages = list(messages or [])
        where = " ".join(x for x in (stylesheet and f"[{Path(stylesheet).name}]", source and f"on {source}") if x)
        super().__init__(f"{message}{' ' + where if where else ''}")


def processor() -> PySaxonProcessor:
    """The process's one Saxon processor (created on first use)."""
    global _PROCESSOR
    if _PROCESSOR is None:
        _PROCESSOR = PySaxonProcessor(license=False)
    return _PROCESSOR


def parse(xml_text: str | None = None, path: str | PathLike | None = None):
    """An XML document as an XDM node, to pass as a parameter (parsed once, used often)."""
    try:
        if path is not None:
            return processor().parse_xml(xml_file_name=str(Path(path).resolve()))
        return processor().parse_xml(xml_text=xml_text or "")
    except PySaxonApiError as exc:
        raise XsltError(f"not well-formed XML: {_clean(exc)}", "", str(path or "")) from None


def _xdm(value: Any):
    """A Python value as a typed XDM value: XDM values as they are, str -> xs:string, bool -> xs:boolean,
    int -> xs:integer, float -> xs:double, Path -> xs:string (absolute path),
    list/tuple of those -> a sequence."""
    proc = processor()
    if isinstance(value, (PyXdmValue, PyXdmItem, PyXdmNode)):  # already XDM (e.g. a parsed document)
        return value
    if isinstance(value, bool):
        return proc.make_boolean_value(value)
    if isinstance(value, int):
        return proc.make_integer_value(value)
    if isinstance(value, float):
        return proc.make_double_value(value)
    if isinstance(value, PathLike):
        return proc.make_string_value(str(Path(value).resolve()))
    if isinstance(value, str):
        return proc.make_string_value(value)
    if isinstance(value, (list, tuple)):
        return proc.make_array([_xdm(v) for v in value])
    raise TypeError(f"cannot pass {type(value).__name__} as a stylesheet parameter")


def _message_lines(value) -> list[str]:
    if value is None:
        return []
    try:
        return [str(item.string_value if hasattr(item, "string_value") else item) for item in value]
    except TypeError:  # a single item
        return [str(value)]


_STDERR_LOG = None


@contextlib.contextmanager
def _captured_stderr():
    """Saxon writes its own error listings and warnings to the process's stderr (fd 2); catch
    them so they reach the caller (in XsltError.details or Stylesheet.messages) instead."""
    global _STDERR_LOG
    if _STDERR_LOG is None:
        _STDERR_LOG = tempfile.TemporaryFile(mode="w+b")
    log = _STDERR_LOG
    log.seek(0)
    log.truncate()
    saved = os.dup(2)
    try:
        os.dup2(log.fileno(), 2)
        captured: list[str] = []
        yield captured
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        log.seek(0)
        text = log.read().decode("utf-8", "replace").strip()
        if text:
            captured.append(text)


def _clean(exc: BaseException) -> str:
    text = str(exc).strip()
    return text or exc.__class__.__name__


class Stylesheet:
    """One compiled stylesheet."""

    def __init__(self, path: str, executable):
        self.path = path
        self._executable = executable
        self.messages: list[str] = []  # xsl:message lines of the last run

    def clone(self) -> "Stylesheet":
        return Stylesheet(self.path, self._executable.clone())

    def _prepare(self, params: Mapping[str, Any] | None) -> Any:
        ex = self._executable
        ex.clear_parameters()
        ex.clear_xsl_messages()
        ex.set_save_xsl_message(True)
        for name, value in (params or {}).items():
            ex.set_parameter(name, _xdm(value))
        return ex

    def _collect(self) -> list[str]:
        self.messages = _message_lines(self._executable.get_xsl_messages())
        return self.messages

    def transform(self, source: str | PathLike | None = None, *, xml_text: str | None = None,
                  output: str | PathLike | None = None, params: Mapping[str, Any] | None = None,
                  template: str | None = None, node: Any = None, strings: bool = False) -> str | list[str] | None:
        """Run the stylesheet on ``source`` (a file), ``xml_text`` (a string) or ``node`` (a
        document already parsed with :func:`parse`, to reuse it), or call the named
        ``template`` with no source.  Returns the result as a string, or writes it to
        ``output`` and returns None; with ``strings`` (and a ``template``), the sequence the
        template returns, each item's string value.  Raises XsltError on any error."""
        src = str(Path(source).resolve()) if source is not None else ""
        with _LOCK, _captured_stderr() as stderr:
            ex = self._prepare(params)
            try:
                kwargs: dict[str, Any] = {}
                if node is not None:
                    kwargs["xdm_node"] = node
                elif xml_text is not None:
                    kwargs["xdm_node"] = processor().parse_xml(xml_text=xml_text)
                elif source is not None:
                    kwargs["source_file"] = src
                if output is not None:
                    out = str(Path(output).resolve())
                    Path(out).parent.mkdir(parents=True, exist_ok=True)
                    if template:
                        if kwargs.get("xdm_node") is not None:
                            ex.set_global_context_item(xdm_item=kwargs["xdm_node"])
                        elif src:
                            ex.set_global_context_item(file_name=src)
                        ex.call_template_returning_file(template, output_file=out)
                    else:
                        ex.transform_to_file(output_file=out, **kwargs)
                    result = None
                elif template:
                    if kwargs.get("xdm_node") is not None:
                        ex.set_global_context_item(xdm_item=kwargs["xdm_node"])
                    elif src:
                        ex.set_global_context_item(file_name=src)
                    if strings:
                        ex.set_result_as_raw_value(True)  # the items, not a document made of them
                        try:
                            value = ex.call_template_returning_value(template)
                        finally:
                            ex.set_result_as_raw_value(False)
                        result = [] if value is None else [item.string_value for item in value]
                    else:
                        result = ex.call_template_returning_string(template)
                else:
                    result = ex.transform_to_string(**kwargs)
            except PySaxonApiError as exc:
                messages = self._collect()
                text = _clean(exc)
                if "terminated by xsl:message" in text and messages:
                    text = f"{messages[-1]} ({text})"  # the stylesheet's own words first
                error = XsltError(text, self.path, src, messages)
            else:
                error = None
                self._collect()
        if error is not None:
            error.details = "\n".join(stderr)
            raise error
        if stderr:  # warnings Saxon printed: keep them with the messages
            self.messages.extend(stderr)
        if result is None and output is None:
            result = ""
        return result


def stylesheet(path: str | PathLike) -> Stylesheet:
    """The compiled stylesheet at ``path``, compiled on first use in this process."""
    key = str(Path(path).resolve())
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        if not Path(key).is_file():
            raise XsltError(f"stylesheet not found: {key}", key)
        compiler = processor().new_xslt30_processor()
        error = None
        with _captured_stderr() as stderr:
            try:
                executable = compiler.compile_stylesheet(stylesheet_file=key)
            except PySaxonApiError as exc:
                error = XsltError(f"stylesheet does not compile: {_clean(exc)}", key)
        if error is not None:
            error.details = "\n".join(stderr)
            raise error
        if executable is None:
            raise XsltError("stylesheet does not compile", key)
        _CACHE[key] = Stylesheet(key, executable)
        return _CACHE[key]


def transform(xsl: str | PathLike, source: str | PathLike | None = None, *, xml_text: str | None = None,
              output: str | PathLike | None = None, params: Mapping[str, Any] | None = None,
              template: str | None = None) -> str | None:
    """Shortcut: ``stylesheet(xsl).transform(...)``."""
    return stylesheet(xsl).transform(source, xml_text=xml_text, output=output, params=params, template=template)
