"""Shop-owner mode: PIN pad, local events, status panel, service-point details and usage overview."""
