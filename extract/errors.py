"""Errors a reader raises for input it cannot read. The message is for analysts (Chinese)."""
import re
from contextlib import contextmanager


class ExtractError(Exception):
    """A file that cannot be read: names the file and says why, in Chinese.

    `code` is a stable English key (empty, corrupt, encrypted, binary, bomb, xxe,
    unsupported, too_large) so that callers can group failures.
    """

    def __init__(self, path: str, code: str, reason: str):
        self.path = str(path)
        self.code = code
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsupportedFormat(ExtractError):
    def __init__(self, path: str, reason: str):
        super().__init__(path, "unsupported", reason)


# An allocation refused under a memory (address-space) limit, as the libraries word it: a library
# loaded on first use that could not be mapped (OSError, ImportError); OpenVINO's CPU plugin, C++'s
# bad_alloc (ONNX Runtime) and OpenCV's "Insufficient memory" (Failed to allocate N bytes).
OUT_OF_ADDRESS_SPACE = re.compile(r"failed to map segment|[Cc]annot allocate memory")
NATIVE_OUT_OF_MEMORY = re.compile(r"Failed to allocate \d+ bytes|std::bad_alloc|node with name '[^']*' can't alloc")


def out_of_memory(e: BaseException) -> bool:
    """Whether `e` is an allocation refused, or a library's exception over one: pdfplumber holds the
    MemoryError in its PdfminerException's args, RapidOCR chains OpenCV's error under ResizeImgError.
    Such a failure is the machine's limit, not the file's: a reader's fallback for a file it cannot
    read must not take it (it would read less, or call the file corrupt)."""
    todo, seen = [e], set()
    while todo:
        x = todo.pop()
        if x is None or id(x) in seen:
            continue
        seen.add(id(x))
        if isinstance(x, MemoryError) or NATIVE_OUT_OF_MEMORY.search(str(x)) or \
                isinstance(x, (OSError, ImportError)) and OUT_OF_ADDRESS_SPACE.search(str(x)):
            return True
        todo += [x.__cause__, x.__context__, *(a for a in x.args if isinstance(a, BaseException))]
    return False


@contextmanager
def fallback_unless_oom(failed=None):
    """A reader's fallback for what it cannot read, which a refused allocation (out_of_memory) must not
    take: that goes up as it is. Any other exception the block raises is dropped (the code after the
    block gives the fallback) or, given `failed`, the ExtractError failed(e) makes is raised in its
    place (an ExtractError the block raised already says why: it goes up as it is)."""
    try:
        yield
    except Exception as e:  # noqa: BLE001 - the readers' libraries raise assorted errors on damaged input
        if out_of_memory(e) or failed is not None and isinstance(e, ExtractError):
            raise
        if failed is not None:
            raise failed(e) from None
