"""Start-up: what Frise opens before its window must not hold it up."""

from __future__ import annotations

import logging
import os
import threading

from frise import app

UNBLOCK_AFTER_S = 3.0


def test_a_log_file_that_is_a_named_pipe_is_left_alone(private_dirs):
    """Opening a FIFO to write waits for a reader: Frise stopped before its
    window, for ever. If it waits again, a reader comes after a few seconds,
    and the test fails on what setup_logging returned instead of hanging."""
    _, logs = private_dirs
    logs.mkdir(parents=True)
    pipe = logs / "frise.log"
    os.mkfifo(pipe)
    done = threading.Event()

    def reader() -> None:
        if done.wait(UNBLOCK_AFTER_S):
            return
        fd = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
        done.wait(1)
        os.close(fd)

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    handlers = logging.getLogger().handlers[:]
    try:
        assert app.setup_logging() is None
        assert logging.getLogger().handlers == handlers
    finally:
        done.set()
        thread.join(UNBLOCK_AFTER_S + 2)
        for handler in logging.getLogger().handlers[:]:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert pipe.is_fifo()


def test_the_log_file_is_made_in_the_log_folder(private_dirs):
    _, logs = private_dirs
    handlers = logging.getLogger().handlers[:]
    try:
        assert app.setup_logging() == logs / "frise.log"
    finally:
        for handler in logging.getLogger().handlers[:]:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert (logs / "frise.log").is_file()
