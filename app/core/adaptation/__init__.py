"""The lab adaptation: a small head fitted on the technician's corrections, per profile stage."""
