import logging

from bot.logs import install_secret_filter

SECRET = "xoxb-0000000000-1111111111-secretsecretsecret"


def test_secret_is_redacted_from_messages_arguments_and_tracebacks(caplog):
    install_secret_filter([SECRET])
    log = logging.getLogger("test.secrets")
    with caplog.at_level(logging.INFO):
        log.info("token is %s", SECRET)
        try:
            raise RuntimeError(f"bad auth with {SECRET}")
        except RuntimeError:
            log.exception("failed")
    text = caplog.text
    assert SECRET not in text and "[redacted]" in text
    assert "RuntimeError" in text  # the traceback is still there


def test_redaction_leaves_a_malformed_logging_call_to_logging():
    install_secret_filter([SECRET])
    make_record = logging.getLogRecordFactory()
    record = make_record("test.secrets", logging.WARNING, __file__, 1, "%s %s", (1,), None)  # one argument short
    assert record.msg == "%s %s"  # created, untouched: logging's handler reports the mistake as usual
