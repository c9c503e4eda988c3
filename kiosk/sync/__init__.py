"""Qt-free HTTP sync of the feed (requests): conditional GET, resumable downloads, verification."""
