"""Logging set-up, and redaction that keeps tokens and the signing secret out of every log record."""

from __future__ import annotations

import logging
import os
import threading

_REDACTED = "[redacted]"
_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False


def _clean(text: str) -> str:
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, _REDACTED)
    return text


def _redact(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:
        return  # a malformed logging call: leave it to logging's own error report
    cleaned = _clean(message)
    if record.exc_info and record.exc_info[1] is not None:
        # Formatters use a record's exc_text when it is set: set it now, cleaned. exc_info stays
        # for handlers that want the exception itself.
        record.exc_text = _clean(logging.Formatter().formatException(record.exc_info))
    if cleaned != message:
        record.msg, record.args = cleaned, None


def install_secret_filter(secrets: list[str]) -> None:
    """Redact these values from every log record made from now on, by any logger or library.

    Done in the record factory rather than a handler filter, so it holds for handlers added
    later too (a platform's, a test's).
    """
    global _installed
    with _lock:
        _secrets.update(s for s in secrets if s and len(s) >= 8)
        if _installed:
            return
        make_record = logging.getLogRecordFactory()

        def redacting_factory(*args, **kwargs):
            record = make_record(*args, **kwargs)
            if _secrets:
                _redact(record)
            return record

        logging.setLogRecordFactory(redacting_factory)
        _installed = True


def configure_logging() -> None:
    """Plain lines to stderr at ``$LOG_LEVEL`` (default INFO), as platforms like Heroku collect them."""
    level = os.environ.get("LOG_LEVEL", "INFO").upper()
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
