"""Reading and writing files so that no file can hang Frise, and no failure
(or kill) leaves half a file or a stray one behind.

Reading: only regular files, and never more than a limit, whatever the file
says its size is (a FIFO would wait forever for a writer; /dev/zero reports
size 0 and never ends).

Writing: to a temporary file beside the target, then renamed into place. The
temporary file's name is short and Frise's own (`.frise-<pid>-<random>.tmp`),
so a long target name still fits and a reader never takes it for the output;
ones left by a killed Frise are removed on the next write to that folder. A
symlink is followed (its target is replaced, the link stays); a read-only
file is refused, not replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from frise.model.i18n import QT_TRANSLATE_NOOP, Message
from frise.model.problems import problem

READ_CHUNK = 4 * 1024 * 1024
_TEMPORARY = re.compile(r"\.frise-(\d+)-[A-Za-z0-9_]+\.tmp")


class ReadRefused(Exception):
    """A file that cannot or must not be read; `what` says why, in Frise's
    words (`str()`: in English)."""

    def __init__(self, what: Message) -> None:
        super().__init__(str(what))
        self.what = what


FILES = QT_TRANSLATE_NOOP("words", "files", "a problem in a file")


def read_regular_file(path: str | Path, limit: int, what: str = FILES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (`what`: the
    kind of file, for the message: "timeline files", marked for the
    catalogue with the comment "a problem in a file").

    Raises ReadRefused for a missing or unreadable file, a folder, a FIFO, a
    device or a socket, and for a file larger than `limit`.
    """
    with regular_file_blocks(path, limit, what) as blocks:
        return b"".join(blocks)


@contextlib.contextmanager
def regular_file_blocks(
    path: str | Path, limit: int, what: str = FILES
) -> Iterator[Iterator[bytes]]:
    """The blocks of `path` as `read_regular_file` reads them, one at a
    time, for a reader that need not hold the whole file: the file is opened
    and checked on entering (ReadRefused as there), and reading past `limit`
    raises ReadRefused too."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        # Non-blocking: opening a FIFO with no writer would otherwise wait forever.
        fd = os.open(path, flags)
    except OSError as e:
        raise ReadRefused(cannot_read(e)) from None
    try:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise ReadRefused(problem(_CANNOT_READ, reason=_not_regular(info.st_mode)))
            if info.st_size > limit:
                raise ReadRefused(_too_large(what, limit, info.st_size))
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
        except OSError as e:
            raise ReadRefused(cannot_read(e)) from None
        yield _blocks(fd, limit, what)
    finally:
        os.close(fd)


def _blocks(fd: int, limit: int, what: str) -> Iterator[bytes]:
    total = 0
    while total <= limit:
        try:
            chunk = os.read(fd, min(READ_CHUNK, limit + 1 - total))
        except OSError as e:
            raise ReadRefused(cannot_read(e)) from None
        if not chunk:
            return
        total += len(chunk)
        if total > limit:  # it grew, or reported a size it does not have
            raise ReadRefused(_too_large(what, limit))
        yield chunk


_CANNOT_READ = QT_TRANSLATE_NOOP("words", "cannot read the file: {reason}", "a problem in a file")
_REASONS = {
    # Their English is the system's (Linux) own, as strerror says it.
    errno.EISDIR: QT_TRANSLATE_NOOP("words", "it is a folder, not a file", "a problem in a file"),
    errno.ENOENT: QT_TRANSLATE_NOOP("words", "No such file or directory", "a problem in a file"),
    errno.EACCES: QT_TRANSLATE_NOOP("words", "Permission denied", "a problem in a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("words", "Not a directory", "a problem in a file"),
}


def cannot_read(error: OSError) -> Message:
    """ "cannot read the file: …", saying why."""
    return problem(_CANNOT_READ, reason=_reason(error))


def _reason(error: OSError) -> Message | str:
    """Why, in Frise's words when it has them, else as the system says it."""
    source = _REASONS.get(error.errno) if error.errno is not None else None
    if source is not None and (error.errno == errno.EISDIR or error.strerror == source):
        return problem(source)
    return error.strerror or str(error)


def _not_regular(mode: int) -> Message:
    if stat.S_ISDIR(mode):
        kind = QT_TRANSLATE_NOOP("words", "a folder", "a problem in a file")
    elif stat.S_ISFIFO(mode):
        kind = QT_TRANSLATE_NOOP("words", "a named pipe (FIFO)", "a problem in a file")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = QT_TRANSLATE_NOOP("words", "a device", "a problem in a file")
    elif stat.S_ISSOCK(mode):
        kind = QT_TRANSLATE_NOOP("words", "a socket", "a problem in a file")
    else:
        return problem(
            QT_TRANSLATE_NOOP(
                "words",
                "it is not a regular file; Frise reads only regular files",
                "a problem in a file",
            )
        )
    return problem(
        QT_TRANSLATE_NOOP(
            "words",
            "it is {kind}, not a regular file; Frise reads only regular files",
            "a problem in a file",
        ),
        kind=problem(kind),
    )


def _too_large(what: str, limit: int, size: int | None = None) -> Message:
    limit_mb = limit / 2**20
    shown = (
        problem(_MB, size=f"{limit_mb:.0f}")
        if limit_mb >= 1
        else problem(
            QT_TRANSLATE_NOOP("words", "{size} KB", "a problem in a file"), size=limit // 1024
        )
    )
    if size is not None and size / 2**20 >= 1:
        return problem(
            QT_TRANSLATE_NOOP(
                "words",
                "the file is {size}; Frise reads {what} up to {limit}",
                "a problem in a file",
            ),
            size=problem(_MB, size=f"{size / 2**20:.0f}"),
            what=problem(what),
            limit=shown,
        )
    return problem(
        QT_TRANSLATE_NOOP(
            "words",
            "the file is larger than {limit}; Frise reads {what} up to {limit}",
            "a problem in a file",
        ),
        what=problem(what),
        limit=shown,
    )


_MB = QT_TRANSLATE_NOOP("words", "{size} MB", "a problem in a file")


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place.

    Raises OSError (unwritable folder, read-only file, full disk, …); the
    target is then left as it was and the temporary file is removed.
    """
    target = Path(os.path.realpath(path))  # a symlink's target, not the link
    mode = _mode_for(target)
    folder = target.parent
    remove_stale_temporaries(folder)
    handle, temporary = tempfile.mkstemp(prefix=f".frise-{os.getpid()}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(target: Path) -> int:
    """The permissions the written file gets: the replaced file's, else the usual."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return 0o666 & ~_umask()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder", str(target))
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "it is not a regular file", str(target))
    # Root may write anything: the mode bits say what the owner meant.
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, "the file is read-only", str(target))
    return stat.S_IMODE(info.st_mode)


def remove_stale_temporaries(folder: Path) -> None:
    """Remove temporary files a killed Frise left in `folder` (their process is gone)."""
    if os.name != "posix":
        return
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        match = _TEMPORARY.fullmatch(name)
        if match is None or _alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(folder, name))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process: alive
        return True
    return True


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
