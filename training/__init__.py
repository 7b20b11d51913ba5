"""Training, evaluation and export of SmearCount's default models (never imported by ``app``)."""
