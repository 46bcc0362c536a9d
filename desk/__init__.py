"""desk: the review desk, a web application where analysts work through the flags against the
evidence (`jixiao serve`). Reads and writes the state database the nightly run keeps; nothing
upstream imports it."""
from .app import DeskError, create_app, publish_once

__all__ = ["create_app", "publish_once", "DeskError"]
