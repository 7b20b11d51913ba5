"""Where profiles live: the shipped ones (``models_onnx/profiles/``), the lab's own (saved by the
model import, in the user's configuration folder), the templates for common lab setups
(``resources/profile_templates/``), and a profile read by name as its file is now."""

from __future__ import annotations

from pathlib import Path

from app.core.atomic import write_text_atomic
from app.core.categories import CategoryMap
from app.core.errors import ProfileError, SmearCountError
from app.core.i18n import _
from app.core.paths import private_dir, profiles_dir, resources_dir, user_config_dir
from app.core.profiles.format import Profile, read_profile
from app.core.review import ReviewRule


def user_profiles_dir() -> Path:
    return user_config_dir() / "profiles"


def profile_folders() -> list[Path]:
    """Where profiles are looked up by name: the shipped ones, then the lab's own."""
    return [profiles_dir(), user_profiles_dir()]


def local_profiles(folder: Path | None = None) -> list[str]:
    """The names of this computer's profiles (of ``folder`` alone when given)."""
    folders = [folder] if folder else profile_folders()
    return sorted({p.stem for f in folders if f.is_dir() for p in f.glob("*.json")})


def available_profiles(folder: Path | None = None) -> list[str]:
    """Profile names: this computer's, and on a lab server station the lab's (``lab:NAME``,
    asked of the server: off the GUI thread in the window)."""
    from app.core.profiles import lab

    return local_profiles(folder) + ([] if folder else lab.offered())


def find_profile(name_or_path: str, folder: Path | None = None) -> Path:
    """A profile file given by path, or by name among the shipped and the lab's profiles."""
    from app.core.profiles import lab

    if lab.is_lab_ref(name_or_path):
        return lab.resolve(name_or_path)
    candidate = Path(name_or_path)
    if candidate.suffix == ".json" or candidate.is_file():
        if not candidate.is_file():
            raise ProfileError(_("The profile file {path} was not found.").format(path=candidate))
        return candidate
    for base in [folder] if folder else profile_folders():
        path = base / f"{name_or_path}.json"
        if path.is_file():
            return path
    names = available_profiles(folder)
    missing = (
        _("There is no profile named '{name}' (available: {known}).")
        if names
        else _("There is no profile named '{name}' (none is installed).")
    )
    raise ProfileError(missing.format(name=name_or_path, known=", ".join(names)))


def templates_dir() -> Path:
    return resources_dir() / "profile_templates"


def available_templates() -> list[Path]:
    """Profiles written for common lab setups; their models are the lab's own."""
    folder = templates_dir()
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def install_template(template: Path) -> Path:
    """Copy a template among the lab's profiles (its model paths point at the lab's model
    folder, ``../models``); an installed copy is left as it is, since the lab may have edited it."""
    target = user_profiles_dir() / template.name
    if not target.exists():
        private_dir(user_config_dir())
        target.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(target, template.read_text(encoding="utf-8"))
    return target


def user_models_dir() -> Path:
    """Where imported models and their manifests are kept (templates refer to ``../models``)."""
    return user_config_dir() / "models"


def _readable_profile(profile_name: str | None) -> Profile | None:
    """The profile as its file is now; None when it is gone or unreadable (``read_profile``
    says why when the slide's analysis loads it)."""
    if not profile_name:
        return None
    from app.core.profiles import lab

    try:
        if lab.is_lab_ref(profile_name):  # its categories and thresholds: the document alone
            return read_profile(lab.resolve(profile_name, models=False))
        return read_profile(find_profile(profile_name))
    except SmearCountError:
        return None


def profile_categories(profile_name: str | None) -> CategoryMap | None:
    """The categories of a profile as its file has them now; None when it cannot be read."""
    profile = _readable_profile(profile_name)
    return profile.categories if profile else None


def review_rule_for(profile_name: str | None, below: float) -> ReviewRule:
    """The review thresholds for slides of this profile (Settings' alone when it is gone)."""
    profile = _readable_profile(profile_name)
    return profile.review_rule(below) if profile else ReviewRule(below)
