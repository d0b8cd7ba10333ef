"""Data objects returned by the API: immutable (default), dict and simple factories."""
