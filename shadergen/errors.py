"""The one exception type for mistakes a user can make (bad file, unsupported layer, no GPU...).

The CLI prints its message on one line and exits with ``exit_code``; it never shows a traceback.
"""


class ShadergenError(Exception):
    """A user-facing error. The message names the file and the problem, on one line."""

    exit_code = 2

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(" ".join(str(message).split()) if "\n" in str(message) else str(message))
        self.exit_code = exit_code
