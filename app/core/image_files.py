"""Where images come from: files, the images directly in a folder, or every image in a zip.

A zip is read in place, member by member, and never extracted: names that climb out (``..``),
absolute names, links and oversized members are refused with a message and the rest are read.
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from app.core.errors import ImageReadError
from app.core.i18n import N_, _
from app.core.imaging import IMAGE_SUFFIXES, RGBImage, decode_image, read_image
from app.core.paths import shown_name

#: Largest zip member read, uncompressed: far above any microscope image, far below a bomb.
MAX_MEMBER_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ImageSource:
    """One image: a file (``member`` None) or a member of the zip at ``path``."""

    path: Path
    member: str | None = None

    @property
    def name(self) -> str:
        """What people see: the file name, or ``archive.zip/member``."""
        name = shown_name(self.path.name)
        return f"{name}/{self.member}" if self.member else name

    @property
    def suffix(self) -> str:
        return (
            PurePosixPath(self.member).suffix.lower() if self.member else self.path.suffix.lower()
        )

    def read(self) -> RGBImage:
        return decode_image(self.read_bytes(), self.name) if self.member else read_image(self.path)

    def read_bytes(self) -> bytes:
        if self.member is None:
            if not self.path.is_file():
                raise ImageReadError(_("{name}: the file was not found.").format(name=self.name))
            try:
                return self.path.read_bytes()
            except OSError as exc:
                raise ImageReadError(
                    _("{name}: the file cannot be read ({why}).").format(
                        name=self.name, why=exc.strerror
                    )
                ) from exc
        try:
            with zipfile.ZipFile(self.path) as archive:
                info = archive.getinfo(self.member)
                _check_member(info, self.name)
                with archive.open(info) as stream:
                    data = stream.read(MAX_MEMBER_BYTES + 1)
        except (OSError, zipfile.BadZipFile, KeyError, RuntimeError) as exc:
            raise ImageReadError(
                _("{name}: it cannot be read from the archive ({why}).").format(
                    name=self.name, why=exc
                )
            ) from exc
        if len(data) > MAX_MEMBER_BYTES:
            raise ImageReadError(
                _("{name}: refused, {problem}.").format(name=self.name, problem=_(TOO_LARGE))
            )
        return data


def image_sources(inputs: Iterable[str | Path]) -> list[ImageSource]:
    """Files as given, the images directly inside folders (by name), every image in a zip
    (in archive order). A missing or unreadable file is kept, to be reported when read."""
    found: list[ImageSource] = []
    for item in map(Path, inputs):
        if item.is_dir():
            found.extend(
                ImageSource(p)
                for p in sorted(item.iterdir())
                if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()
            )
        elif item.suffix.lower() == ".zip":
            found.extend(zip_sources(item))
        else:
            found.append(ImageSource(item))
    return found


def zip_sources(path: Path) -> list[ImageSource]:
    """The image members of a zip; an unsafe member is listed so that reading it is refused."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except FileNotFoundError as exc:
        raise ImageReadError(_("{name}: the file was not found.").format(name=path.name)) from exc
    except (OSError, zipfile.BadZipFile) as exc:
        raise ImageReadError(
            _("{name}: this is not a zip archive, or it is damaged.").format(name=path.name)
        ) from exc
    members = []
    for info in infos:
        parts = PurePosixPath(info.filename).parts
        if info.is_dir() or "__MACOSX" in parts or (parts and parts[-1].startswith("._")):
            continue
        if PurePosixPath(info.filename).suffix.lower() in IMAGE_SUFFIXES or _unsafe(info):
            members.append(ImageSource(path, info.filename))
    return members


TOO_LARGE = N_("it unpacks to more than the size allowed")


def _unsafe(info: zipfile.ZipInfo) -> str | None:
    name = info.filename.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return N_("its name is an absolute path")
    if ".." in PurePosixPath(name).parts:
        return N_("its name climbs out of the archive (..)")
    if stat.S_ISLNK(info.external_attr >> 16):
        return N_("it is a link")
    if info.file_size > MAX_MEMBER_BYTES:
        return TOO_LARGE
    return None


def _check_member(info: zipfile.ZipInfo, name: str) -> None:
    problem = _unsafe(info)
    if problem:
        raise ImageReadError(_("{name}: refused, {problem}.").format(name=name, problem=_(problem)))
