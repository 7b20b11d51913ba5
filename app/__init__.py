"""SmearCount: offline blood-smear cell counting."""

__version__ = "0.1.0"
