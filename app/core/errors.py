"""Typed errors whose message a technician can read as it is.

Every error the core raises on purpose derives from :class:`SmearCountError`; its ``str()`` is
written for the person at the microscope, never a traceback or a library's jargon.
"""


class SmearCountError(Exception):
    """Base of every error SmearCount reports to a person."""


class ModelLoadError(SmearCountError):
    """A model or its manifest cannot be used."""


class ImageReadError(SmearCountError):
    """A file is not an image SmearCount can analyse."""


class ProfileError(SmearCountError):
    """A model profile is missing or invalid."""


class StorageError(SmearCountError):
    """The slide store cannot read or write."""


class ExportError(SmearCountError):
    """A report or export cannot be written."""


class CameraError(SmearCountError):
    """A camera cannot be opened or read."""


class InvalidInputError(SmearCountError):
    """A value a person entered cannot be accepted (e.g. an empty sample ID)."""
