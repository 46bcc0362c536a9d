"""Errors a reader raises for input it cannot read. The message is for analysts (Chinese)."""


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
