"""One handler per kind of mail; the pipeline picks it by the message's classified kind.

Each handler runs inside the pipeline's transaction and returns a short outcome string;
expected outcomes (duplicate, triage, ignored auto-reply) are values, faults are exceptions.
"""
