"""Camera capture without Qt: frame sources and field quality."""
