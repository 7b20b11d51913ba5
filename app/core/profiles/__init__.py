"""Model profiles: which models run, how cells flow between them, and how their classes count.

``format`` reads the file, ``library`` finds profiles and templates, ``runtime`` loads a
profile's models into a pipeline; the names below are the package's public face.
"""

from app.core.profiles.format import (
    PROFILE_VERSION,
    SHIPPED_PREFIX,
    ModelRef,
    Profile,
    StageSpec,
    read_profile,
)
from app.core.profiles.library import (
    available_profiles,
    available_templates,
    find_profile,
    install_template,
    local_profiles,
    profile_categories,
    profile_folders,
    review_rule_for,
    templates_dir,
    user_models_dir,
    user_profiles_dir,
)
from app.core.profiles.runtime import ModelSlot, build_pipeline, model_slots, pipeline_for

__all__ = [
    "PROFILE_VERSION",
    "SHIPPED_PREFIX",
    "ModelRef",
    "ModelSlot",
    "Profile",
    "StageSpec",
    "available_profiles",
    "available_templates",
    "build_pipeline",
    "find_profile",
    "install_template",
    "local_profiles",
    "model_slots",
    "pipeline_for",
    "profile_categories",
    "profile_folders",
    "read_profile",
    "review_rule_for",
    "templates_dir",
    "user_models_dir",
    "user_profiles_dir",
]
