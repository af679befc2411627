"""The JSON API: version 1 under /api/v1, the deprecated unversioned /api, and the lists it pages."""
