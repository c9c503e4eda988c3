"""Qt-free anonymous usage counters and the agreement report."""
