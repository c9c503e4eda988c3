"""The municipality's view of its fleet: the status contract, the fleet board and alerts (Qt-free)."""
