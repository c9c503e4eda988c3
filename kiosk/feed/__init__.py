"""The feed format v1: models, JSON Schema, validation, iCalendar events, building and loading."""
